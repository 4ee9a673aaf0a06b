using System.Collections.Immutable;
using SupervisionBot.Dialogs.Engine;

namespace SupervisionBot.Dialogs.Flows;

/// <summary>
/// A check across the inputs of one step, such as "if you noted a rupture, say what happened next".
/// It sees the step's parsed answers, including redaction-only ones, and returns an error or null.
/// </summary>
public sealed record StepRule(string Description, Func<IReadOnlyDictionary<InputId, AnswerValue>, ValidationError?> Check)
{
    /// <summary>Requires <paramref name="required"/> whenever any of <paramref name="anyOf"/> is picked in <paramref name="choiceInput"/>.</summary>
    public static StepRule RequiredWhenChosen(InputId required, InputId choiceInput, ImmutableArray<Choice> anyOf, string message) =>
        new(
            $"{required} is required when {choiceInput} is one of {string.Join(", ", anyOf.Select(choice => choice.Value))}",
            answers =>
            {
                var picked = answers.GetValueOrDefault(choiceInput) switch
                {
                    AnswerValue.Choice single => [single.Value],
                    AnswerValue.Choices many => many.Values,
                    _ => ImmutableArray<string>.Empty,
                };
                var triggered = picked.Any(value => anyOf.Any(choice => string.Equals(choice.Value, value, StringComparison.Ordinal)));
                return triggered && !answers.ContainsKey(required) ? new ValidationError(required, message) : null;
            });

    /// <summary>
    /// Rejects a multi-select answer that ticks <paramref name="alone"/> (such as "none that I
    /// noticed") together with anything else, which would contradict itself.
    /// </summary>
    public static StepRule OnItsOwn(InputId multiSelect, Choice alone, string message) =>
        new(
            $"{alone.Value} in {multiSelect} cannot be ticked with another choice",
            answers => answers.GetValueOrDefault(multiSelect) is AnswerValue.Choices { Values.Length: > 1 } many
                && many.Values.Contains(alone.Value, StringComparer.Ordinal)
                    ? new ValidationError(multiSelect, message)
                    : null);

    /// <summary>
    /// Rejects <paramref name="text"/> when it contains, as a whole word, what was typed into the
    /// redaction-only input <paramref name="identifier"/>: a pseudonym that names the client is no pseudonym.
    /// </summary>
    public static StepRule MustNotContainIdentifier(InputId text, InputId identifier, string message) =>
        new(
            $"{text} must not contain {identifier}",
            answers =>
            {
                if (answers.GetValueOrDefault(text) is not AnswerValue.Text written
                    || answers.GetValueOrDefault(identifier) is not AnswerValue.Text name)
                {
                    return null;
                }

                var nameWords = Words(name.Value);
                return Words(written.Value).Overlaps(nameWords) ? new ValidationError(text, message) : null;
            });

    private static HashSet<string> Words(string text)
    {
        var separators = text.Where(character => !char.IsLetterOrDigit(character)).Distinct().ToArray();
        return new HashSet<string>(text.Split(separators, StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
    }
}
