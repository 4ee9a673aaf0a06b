using System.Collections.Immutable;

namespace SupervisionBot.Dialogs.Flows;

/// <summary>
/// One card of a flow: its title, a prompt that says what to reflect on, a one-line hint,
/// its inputs and any rules that relate inputs to each other.
/// </summary>
public sealed record StepDefinition(StepId Id, string Title, string Prompt, string Hint, ImmutableArray<InputDefinition> Inputs)
{
    /// <summary>
    /// Whether the therapist may pass over the whole step. A reflection has to fit into a busy
    /// day, so only what the reflection cannot do without is compulsory.
    /// </summary>
    public bool IsSkippable { get; init; }

    /// <summary>Checks that involve more than one input, run after each input has been checked on its own.</summary>
    public ImmutableArray<StepRule> Rules { get; init; } = [];

    public InputDefinition? FindInput(InputId id) => Inputs.FirstOrDefault(input => input.Id == id);
}
