using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;
using CardChoice = SupervisionBot.Cards.Model.Choice;

namespace SupervisionBot.Cards.Reflection;

/// <summary>
/// Renders one input of a step: the input itself with its label, then any error the engine found
/// in it, then its one-line hint. Input ids are the flow's <see cref="InputId"/> values, which is
/// what the engine reads back from a submission.
/// </summary>
internal static class StepInputs
{
    /// <summary>
    /// Said on the card itself, whatever the flow's wording, because it is a promise the bot keeps:
    /// the value reaches the engine once, to redact later text, and is never stored.
    /// </summary>
    public const string RedactionOnlyNote =
        "Used only to take their name out of what you write in this reflection, then discarded. It is never saved or shown.";

    /// <summary>Added to a required input's label (Teams' own asterisk comes only with isRequired).</summary>
    public const string RequiredMark = " (required)";

    /// <summary>The text beside a toggle; the question itself is the label above it.</summary>
    public const string ToggleTitle = "Yes";

    /// <param name="input">The input as the flow declares it.</param>
    /// <param name="value">The value to prefill, in raw card form.</param>
    /// <param name="error">The engine's complaint about it, if any.</param>
    /// <param name="compactRatings">Ratings as drop-downs rather than radio buttons, to keep a card with many of them short.</param>
    public static IEnumerable<CardElement> Render(InputDefinition input, string? value, ValidationError? error, bool compactRatings = false)
    {
        var rendered = Input(input, input.IsRedactionOnly ? null : value, compactRatings);
        yield return rendered with { Spacing = Spacing.Medium };

        if (error is not null)
        {
            yield return new TextBlock(error.Message) { Color = TextColor.Attention, Size = TextSize.Small, Spacing = Spacing.Small };
        }

        var hint = input.IsRedactionOnly ? RedactionOnlyNote : input.Hint;
        if (!string.IsNullOrWhiteSpace(hint))
        {
            yield return CardText.Subtle(hint) with { Spacing = Spacing.Small };
        }
    }

    private static CardInput Input(InputDefinition input, string? value, bool compactRatings)
    {
        CardInput rendered = input.Kind switch
        {
            InputKind.ShortText or InputKind.LongText => new TextInput
            {
                Label = input.Label,
                Value = value,
                Placeholder = input.Placeholder,
                MaxLength = input.MaxLength,
                IsMultiline = input.Kind == InputKind.LongText ? true : null,
            },
            InputKind.SingleChoice or InputKind.Rating or InputKind.MultiSelect => new ChoiceSetInput(
                [.. input.Choices.Select(choice => new CardChoice(choice.Label, choice.Value))])
            {
                Label = input.Label,
                Value = value,
                Style = compactRatings && input.Kind == InputKind.Rating ? ChoiceInputStyle.Compact : ChoiceInputStyle.Expanded,
                Placeholder = compactRatings && input.Kind == InputKind.Rating ? "Choose one" : null,
                IsMultiSelect = input.Kind == InputKind.MultiSelect ? true : null,
                Wrap = true,
            },
            InputKind.Toggle => new ToggleInput(ToggleTitle)
            {
                Label = input.Label,
                Value = value ?? RawAnswers.ToggleOff,
                ValueOn = RawAnswers.ToggleOn,
                ValueOff = RawAnswers.ToggleOff,
                Wrap = true,
            },
            _ => throw new ArgumentOutOfRangeException(nameof(input), input.Kind, "Unknown input kind."),
        };

        // Required inputs are marked in the label, not with isRequired: Teams checks isRequired
        // before sending any button that carries the inputs, which would block "Save for later"
        // on a half-filled card. The engine checks them on Next and the card shows its message.
        return rendered with
        {
            Id = input.Id.Value,
            Label = input.IsRequired ? input.Label + RequiredMark : input.Label,
        };
    }
}
