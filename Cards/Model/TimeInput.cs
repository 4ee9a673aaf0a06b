namespace SupervisionBot.Cards.Model;

/// <summary>A time picker; the client sends the value as <c>HH:mm</c>.</summary>
public sealed record TimeInput : CardInput
{
    public string? Value { get; init; }

    public string? Placeholder { get; init; }
}
