using System.Collections.Immutable;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Dialogs.Engine;

/// <summary>
/// Checks a whole set of stored answers against a flow, exactly as if each step had been submitted
/// again: used before confirming and to prove the worked examples are real answers to their flow.
/// </summary>
internal static class AnswerValidation
{
    public static ImmutableArray<ValidationError> Validate(FlowDefinition flow, IReadOnlyDictionary<InputId, AnswerValue> answers)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(answers);
        var errors = ImmutableArray.CreateBuilder<ValidationError>();
        foreach (var unknown in answers.Keys.Where(id => flow.FindInput(id) is null))
        {
            errors.Add(new ValidationError(unknown, "This answer belongs to no input of the flow."));
        }

        foreach (var kept in answers.Keys.Where(id => flow.FindInput(id) is { IsRedactionOnly: true }))
        {
            errors.Add(new ValidationError(kept, "A redaction-only input must never be kept."));
        }

        foreach (var hidden in answers.Keys.Where(id => flow.FindInput(id) is { } input && !input.IsShown(answers)))
        {
            errors.Add(new ValidationError(hidden, "This answers a question that the other answers do not call for."));
        }

        foreach (var step in flow.Steps)
        {
            var raw = step.Inputs
                .Where(input => answers.ContainsKey(input.Id))
                .ToDictionary(input => input.Id.Value, input => RawAnswers.Format(answers[input.Id]));
            if (raw.Count == 0 && (step.IsSkippable || !FlowVisibility.IsShown(step, answers)))
            {
                continue;
            }

            var parsed = RawAnswers.Parse(step, raw, complete: true);
            errors.AddRange(parsed.Errors);

            // Parsing normalises; anything it would change was not a valid stored answer.
            errors.AddRange(parsed.Answers.Where(pair => !pair.Value.Equals(answers[pair.Key]))
                .Select(pair => new ValidationError(pair.Key, "This answer is not in the form the flow expects.")));
        }

        return errors.ToImmutable();
    }
}
