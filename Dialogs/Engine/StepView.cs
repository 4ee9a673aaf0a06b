using System.Collections.Immutable;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Dialogs.Engine;

/// <summary>
/// Everything a card factory needs to render the step a session is on: the step as declared,
/// where it sits in the flow, which buttons apply, the values to prefill (in raw card form,
/// redaction-only inputs always blank) and the stamp every action on the card must carry.
/// <see cref="Number"/> and <see cref="Count"/> count only the steps the answers so far call for.
/// </summary>
public sealed record StepView(
    FlowDefinition Flow,
    StepDefinition Step,
    int Number,
    int Count,
    SessionStamp Stamp,
    ImmutableDictionary<InputId, string> Values,
    bool CanGoBack,
    bool CanSkip,
    bool ReturnsToReview)
{
    private readonly ImmutableArray<InputDefinition> _inputs;

    /// <summary>The inputs to render: the step's inputs that the answers so far call for, in order.</summary>
    public ImmutableArray<InputDefinition> Inputs
    {
        get => _inputs.IsDefault ? Step.Inputs : _inputs;
        init => _inputs = value;
    }
}
