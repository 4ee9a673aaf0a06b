using System.Collections.Immutable;

namespace SupervisionBot.Dialogs.Flows;

/// <summary>
/// One question on a card: what it asks, what kind of answer it takes and the limits the engine
/// checks before accepting it. Built through the factory methods so every kind gets sensible settings.
/// </summary>
public sealed record InputDefinition
{
    private InputDefinition(InputId id, InputKind kind, string label)
    {
        Id = id;
        Kind = kind;
        Label = label;
    }

    public InputId Id { get; }

    public InputKind Kind { get; }

    /// <summary>The question or field label the therapist reads.</summary>
    public string Label { get; }

    /// <summary>Optional one-line help under the label.</summary>
    public string? Hint { get; init; }

    /// <summary>Example text shown inside an empty text box.</summary>
    public string? Placeholder { get; init; }

    public bool IsRequired { get; init; }

    /// <summary>Longest accepted text, in characters; zero for inputs that are not text.</summary>
    public int MaxLength { get; init; }

    /// <summary>The options of a choice, rating or multi-select input, in display order.</summary>
    public ImmutableArray<Choice> Choices { get; init; } = [];

    public InputSensitivity Sensitivity { get; init; } = InputSensitivity.Normal;

    /// <summary>
    /// When the input is asked: always when empty, otherwise only while at least one condition
    /// holds for the answers given so far. An input that is not shown keeps no answer.
    /// </summary>
    public ImmutableArray<InputCondition> ShownWhen { get; init; } = [];

    public bool IsConditional => !ShownWhen.IsDefaultOrEmpty;

    /// <summary>Whether the input is asked, given the answers so far.</summary>
    public bool IsShown(IReadOnlyDictionary<InputId, Engine.AnswerValue> answers) =>
        !IsConditional || ShownWhen.Any(condition => condition.Holds(answers));

    public bool IsRedactionOnly => Sensitivity == InputSensitivity.RedactionOnly;

    public bool IsText => Kind is InputKind.ShortText or InputKind.LongText;

    public bool HasChoices => Kind is InputKind.SingleChoice or InputKind.Rating or InputKind.MultiSelect;

    public Choice? FindChoice(string value) =>
        Choices.FirstOrDefault(choice => string.Equals(choice.Value, value, StringComparison.Ordinal));

    public static InputDefinition ShortText(InputId id, string label, int maxLength, bool required = false, string? hint = null, string? placeholder = null) =>
        new(id, InputKind.ShortText, label) { MaxLength = maxLength, IsRequired = required, Hint = hint, Placeholder = placeholder };

    public static InputDefinition LongText(InputId id, string label, int maxLength, bool required = false, string? hint = null, string? placeholder = null) =>
        new(id, InputKind.LongText, label) { MaxLength = maxLength, IsRequired = required, Hint = hint, Placeholder = placeholder };

    public static InputDefinition SingleChoice(InputId id, string label, ImmutableArray<Choice> choices, bool required = false, string? hint = null) =>
        new(id, InputKind.SingleChoice, label) { Choices = choices, IsRequired = required, Hint = hint };

    public static InputDefinition Rating(InputId id, string label, ImmutableArray<Choice> points, bool required = false, string? hint = null) =>
        new(id, InputKind.Rating, label) { Choices = points, IsRequired = required, Hint = hint };

    public static InputDefinition MultiSelect(InputId id, string label, ImmutableArray<Choice> choices, bool required = false, string? hint = null) =>
        new(id, InputKind.MultiSelect, label) { Choices = choices, IsRequired = required, Hint = hint };

    /// <summary>A toggle is an offer, so it is never required: off is always a valid answer.</summary>
    public static InputDefinition Toggle(InputId id, string label, string? hint = null) =>
        new(id, InputKind.Toggle, label) { Hint = hint };

    /// <summary>
    /// A short text used only to find and remove an identifier from the therapist's own writing,
    /// then discarded; see <see cref="InputSensitivity.RedactionOnly"/>.
    /// </summary>
    public static InputDefinition RedactionOnlyText(InputId id, string label, int maxLength, string? hint = null) =>
        new(id, InputKind.ShortText, label) { MaxLength = maxLength, Hint = hint, Sensitivity = InputSensitivity.RedactionOnly };
}
