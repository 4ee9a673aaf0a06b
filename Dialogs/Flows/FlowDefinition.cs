using System.Collections.Immutable;

namespace SupervisionBot.Dialogs.Flows;

/// <summary>
/// A reflection flow as data: an ordered list of steps the therapist goes through one card at a
/// time, followed by a review where nothing is final until they confirm.
/// </summary>
public sealed record FlowDefinition(FlowId Id, string Title, string Description, ImmutableArray<StepDefinition> Steps)
{
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
