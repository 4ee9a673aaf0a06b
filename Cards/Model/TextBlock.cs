namespace SupervisionBot.Cards.Model;

public sealed record TextBlock(string Text) : CardElement
{
    public bool? Wrap { get; init; } = true;

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    /// <summary>Marks the block as a heading for screen readers.</summary>
    public TextBlockStyle? Style { get; init; }
}
