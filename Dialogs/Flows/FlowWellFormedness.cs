using System.Collections.Immutable;
using SupervisionBot.Dialogs.Engine;

namespace SupervisionBot.Dialogs.Flows;

/// <summary>
/// Checks a flow declaration for mistakes the engine and cards rely on never happening:
/// duplicate ids, choices without options, limits that make no sense.
/// </summary>
internal static class FlowWellFormedness
{
    /// <summary>Every problem found, in words a developer can act on; empty when the flow is well formed.</summary>
    public static ImmutableArray<string> Problems(FlowDefinition flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var problems = ImmutableArray.CreateBuilder<string>();

        if (!IsSafeId(flow.Id.Value))
        {
            problems.Add($"Flow id '{flow.Id}' must be letters and digits only.");
        }

        if (flow.Steps.IsDefaultOrEmpty)
        {
            problems.Add($"Flow '{flow.Id}' has no steps.");
            return problems.ToImmutable();
        }

        foreach (var duplicate in Duplicates(flow.Steps.Select(step => step.Id.Value)))
        {
            problems.Add($"Step id '{duplicate}' is used more than once in flow '{flow.Id}'.");
        }

        foreach (var duplicate in Duplicates(flow.AllInputs.Select(input => input.Id.Value)))
        {
            problems.Add($"Input id '{duplicate}' is used more than once in flow '{flow.Id}'.");
        }

        foreach (var step in flow.Steps)
        {
            CheckStep(step, problems);
        }

        if (flow.CaseLabel is { } label && flow.FindInput(label) is not { Kind: InputKind.ShortText, IsRedactionOnly: false })
        {
            problems.Add($"Case label '{label}' must be a short text input of flow '{flow.Id}' that is kept.");
        }

        return problems.ToImmutable();
    }

    private static void CheckStep(StepDefinition step, ImmutableArray<string>.Builder problems)
    {
        if (step.Id == StepId.Review)
        {
            problems.Add($"Step id '{step.Id}' is reserved for the review.");
        }

        if (!IsSafeId(step.Id.Value))
        {
            problems.Add($"Step id '{step.Id}' must be letters and digits only.");
        }

        if (string.IsNullOrWhiteSpace(step.Title) || string.IsNullOrWhiteSpace(step.Prompt) || string.IsNullOrWhiteSpace(step.Hint))
        {
            problems.Add($"Step '{step.Id}' needs a title, a prompt and a hint.");
        }

        if (step.Inputs.IsDefaultOrEmpty)
        {
            problems.Add($"Step '{step.Id}' has no inputs.");
            return;
        }

        if (!step.IsSkippable && !step.Inputs.Any(input => input.IsRequired))
        {
            problems.Add($"Step '{step.Id}' cannot be skipped, so it needs at least one required input.");
        }

        foreach (var input in step.Inputs)
        {
            CheckInput(step, input, problems);
        }
    }

    private static void CheckInput(StepDefinition step, InputDefinition input, ImmutableArray<string>.Builder problems)
    {
        var where = $"Input '{input.Id}' of step '{step.Id}'";
        if (!IsSafeId(input.Id.Value))
        {
            problems.Add($"{where} must have an id of letters and digits only.");
        }

        if (string.IsNullOrWhiteSpace(input.Label))
        {
            problems.Add($"{where} has no label.");
        }

        if (input.IsText != input.MaxLength > 0)
        {
            problems.Add($"{where} must have a positive maximum length if, and only if, it takes text.");
        }

        if (input.HasChoices)
        {
            if (input.Choices.IsDefault || input.Choices.Length < 2)
            {
                problems.Add($"{where} needs at least two choices.");
            }
            else
            {
                foreach (var duplicate in Duplicates(input.Choices.Select(choice => choice.Value)))
                {
                    problems.Add($"{where} has the choice value '{duplicate}' more than once.");
                }

                foreach (var choice in input.Choices)
                {
                    if (string.IsNullOrWhiteSpace(choice.Value) || choice.Value.Contains(RawAnswers.MultiSelectSeparator, StringComparison.Ordinal)
                        || choice.Value.Trim() != choice.Value || string.IsNullOrWhiteSpace(choice.Label))
                    {
                        problems.Add($"{where} has a choice '{choice.Value}' with an unusable value or no words.");
                    }
                }
            }
        }
        else if (!input.Choices.IsDefaultOrEmpty)
        {
            problems.Add($"{where} is not a choice but has choices.");
        }

        if (input.Kind == InputKind.Toggle && input.IsRequired)
        {
            problems.Add($"{where} is a toggle and so cannot be required.");
        }

        if (input.IsRedactionOnly && (input.Kind != InputKind.ShortText || input.IsRequired))
        {
            problems.Add($"{where} is redaction-only, so it must be optional short text.");
        }
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string> values) =>
        values.GroupBy(value => value, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key);

    private static bool IsSafeId(string? value) =>
        !string.IsNullOrEmpty(value) && value.All(char.IsAsciiLetterOrDigit);
}
