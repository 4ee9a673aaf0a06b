using System.Collections.Immutable;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Dialogs.Engine;

/// <summary>
/// The raw form answers take on a card: strings keyed by input id, as an Adaptive Card submission
/// sends them. Cards render existing answers with <see cref="Format"/>; the engine parses submissions
/// back, checking each against its input.
/// </summary>
public static class RawAnswers
{
    /// <summary>How a multi-select Input.ChoiceSet joins its values.</summary>
    public const char MultiSelectSeparator = ',';

    /// <summary>The Input.Toggle valueOn the engine expects (the Adaptive Card default).</summary>
    public const string ToggleOn = "true";

    /// <summary>The Input.Toggle valueOff the engine expects (the Adaptive Card default).</summary>
    public const string ToggleOff = "false";

    public static string Format(AnswerValue answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer switch
        {
            AnswerValue.Text text => text.Value,
            AnswerValue.Choice choice => choice.Value,
            AnswerValue.Choices choices => string.Join(MultiSelectSeparator, choices.Values),
            AnswerValue.Toggle toggle => toggle.IsOn ? ToggleOn : ToggleOff,
            _ => throw new ArgumentOutOfRangeException(nameof(answer)),
        };
    }

    /// <summary>
    /// Parses and checks one step's submission. Keys that are not inputs of the step (such as the
    /// action data a card merges in) are ignored. With <paramref name="complete"/> false, as when
    /// saving for later, missing required answers and cross-input rules are not checked yet.
    /// </summary>
    internal static ParsedStep Parse(StepDefinition step, IReadOnlyDictionary<string, string> raw, bool complete)
    {
        var answers = ImmutableDictionary.CreateBuilder<InputId, AnswerValue>();
        var errors = ImmutableArray.CreateBuilder<ValidationError>();
        foreach (var input in step.Inputs)
        {
            var text = raw.TryGetValue(input.Id.Value, out var value) ? value : null;
            if (string.IsNullOrWhiteSpace(text))
            {
                if (complete && input.IsRequired)
                {
                    errors.Add(new ValidationError(input.Id, input.HasChoices ? Messages.ChooseOne : Messages.Required));
                }

                continue;
            }

            var (answer, error) = ParseOne(input, text);
            if (error is not null)
            {
                errors.Add(new ValidationError(input.Id, error));
            }
            else if (answer is not null)
            {
                answers.Add(input.Id, answer);
            }
        }

        if (complete && errors.Count == 0)
        {
            var all = answers.ToImmutable();
            errors.AddRange(step.Rules.Select(rule => rule.Check(all)).OfType<ValidationError>());
        }

        var redactionOnly = step.Inputs.Where(input => input.IsRedactionOnly).Select(input => input.Id).ToHashSet();
        var terms = answers.Where(pair => redactionOnly.Contains(pair.Key)).Select(pair => ((AnswerValue.Text)pair.Value).Value).ToImmutableArray();
        answers.RemoveRange(redactionOnly);
        return new ParsedStep(answers.ToImmutable(), terms, errors.ToImmutable());
    }

    private static (AnswerValue? Answer, string? Error) ParseOne(InputDefinition input, string text)
    {
        switch (input.Kind)
        {
            case InputKind.ShortText or InputKind.LongText:
                var normalised = text.ReplaceLineEndings("\n").Trim();
                return normalised.Length > input.MaxLength
                    ? (null, Messages.TooLong(input.MaxLength, normalised.Length))
                    : (new AnswerValue.Text(normalised), null);

            case InputKind.SingleChoice or InputKind.Rating:
                var picked = input.FindChoice(text.Trim());
                return picked is null ? (null, Messages.UnknownChoice) : (new AnswerValue.Choice(picked.Value), null);

            case InputKind.MultiSelect:
                var values = text.Split(MultiSelectSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (values.Any(value => input.FindChoice(value) is null))
                {
                    return (null, Messages.UnknownChoice);
                }

                // Kept in the flow's display order, once each, whatever order the card sent them in.
                var ordered = input.Choices.Where(choice => values.Contains(choice.Value, StringComparer.Ordinal)).Select(choice => choice.Value);
                return (new AnswerValue.Choices([.. ordered]), null);

            case InputKind.Toggle:
                return text.Trim() switch
                {
                    ToggleOn => (new AnswerValue.Toggle(true), null),
                    ToggleOff => (new AnswerValue.Toggle(false), null),
                    _ => (null, Messages.NotOnOrOff),
                };

            default:
                throw new ArgumentOutOfRangeException(nameof(input), input.Kind, "Unknown input kind.");
        }
    }

    private static class Messages
    {
        public const string Required = "Please write something here to carry on.";
        public const string ChooseOne = "Please choose one to carry on.";
        public const string UnknownChoice = "That isn't one of the options. Please choose again.";
        public const string NotOnOrOff = "Please switch this on or off.";

        public static string TooLong(int max, int actual) =>
            $"Please keep this to {max} characters or fewer; it is {actual} at the moment.";
    }
}
