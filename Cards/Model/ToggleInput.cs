namespace SupervisionBot.Cards.Model;

public sealed record ToggleInput(string Title) : CardInput
{
    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }

    public bool? Wrap { get; init; }
}
