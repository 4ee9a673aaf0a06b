namespace SupervisionBot.Cards.Model;

public sealed record ChoiceSetInput(IReadOnlyList<Choice> Choices) : CardInput
{
    public ChoiceInputStyle? Style { get; init; }

    public bool? IsMultiSelect { get; init; }

    /// <summary>Selected value(s); multi-select values are comma separated.</summary>
    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool? Wrap { get; init; }
}
