using System.Collections.Immutable;
using SupervisionBot.Dialogs.Commands;
using SupervisionBot.Dialogs.Engine;

namespace SupervisionBot.Dialogs.Flows;

/// <summary>
/// A reflection flow as data: an ordered list of steps the therapist goes through one card at a
/// time, followed by a review where nothing is final until they confirm.
/// </summary>
public sealed record FlowDefinition(FlowId Id, string Title, string Description, ImmutableArray<StepDefinition> Steps)
{
    /// <summary>
    /// The input whose answer names the reflection, such as "Client A": it must identify nobody,
    /// and it is filed apart from the other answers. Null for a flow that asks for none.
    /// </summary>
    public InputId? CaseLabel { get; init; }

    /// <summary>
    /// The answers a new session starts with, such as a suggested case label, given the labels the
    /// therapist already uses. They stay only if the therapist submits them. Null: none.
    /// </summary>
    public Func<IEnumerable<string>, ImmutableDictionary<InputId, AnswerValue>>? SuggestAnswers { get; init; }

    /// <summary>The command that starts this flow when no flow is named, such as <c>quick</c> for the check-in.</summary>
    public BotCommand? StartedBy { get; init; }

    /// <summary>Position of a step in the flow, or -1 when the flow has no such step.</summary>
    public int IndexOf(StepId id)
    {
        for (var index = 0; index < Steps.Length; index++)
        {
            if (Steps[index].Id == id)
            {
                return index;
            }
        }

        return -1;
    }

    public StepDefinition? FindStep(StepId id)
    {
        var index = IndexOf(id);
        return index < 0 ? null : Steps[index];
    }

    public IEnumerable<InputDefinition> AllInputs => Steps.SelectMany(step => step.Inputs);

    public InputDefinition? FindInput(InputId id) => AllInputs.FirstOrDefault(input => input.Id == id);
}
