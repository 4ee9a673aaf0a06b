namespace SupervisionBot.Cards.Model;

/// <summary>A date picker; the client sends the value as <c>yyyy-MM-dd</c>.</summary>
public sealed record DateInput : CardInput
{
    public string? Value { get; init; }

    /// <summary>The earliest date offered, as <c>yyyy-MM-dd</c>.</summary>
    public string? Min { get; init; }
}
