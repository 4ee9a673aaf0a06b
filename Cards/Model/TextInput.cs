namespace SupervisionBot.Cards.Model;

public sealed record TextInput : CardInput
{
    public string? Placeholder { get; init; }

    public string? Value { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public string? Regex { get; init; }
}
