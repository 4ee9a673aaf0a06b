using System.Collections.Immutable;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Dialogs.Engine;

/// <summary>
/// Which inputs and steps of a flow are asked, given the answers so far. A step is asked when at
/// least one of its inputs is, so a step made only of follow-ups appears only when called for.
/// </summary>
internal static class FlowVisibility
{
    public static ImmutableArray<InputDefinition> ShownInputs(StepDefinition step, IReadOnlyDictionary<InputId, AnswerValue> answers) =>
        [.. step.Inputs.Where(input => input.IsShown(answers))];

    public static bool IsShown(StepDefinition step, IReadOnlyDictionary<InputId, AnswerValue> answers) =>
        step.Inputs.Any(input => input.IsShown(answers));

    public static ImmutableArray<StepDefinition> ShownSteps(FlowDefinition flow, IReadOnlyDictionary<InputId, AnswerValue> answers) =>
        [.. flow.Steps.Where(step => IsShown(step, answers))];

    /// <summary>
    /// Drops the answers of inputs that are no longer asked, such as a contact request after the
    /// concern that brought it up was taken back. Conditions only look at earlier inputs, so one
    /// pass in flow order settles everything.
    /// </summary>
    public static ImmutableDictionary<InputId, AnswerValue> Prune(FlowDefinition flow, ImmutableDictionary<InputId, AnswerValue> answers)
    {
        foreach (var input in flow.AllInputs)
        {
            if (answers.ContainsKey(input.Id) && !input.IsShown(answers))
            {
                answers = answers.Remove(input.Id);
            }
        }

        return answers;
    }
}
