namespace SupervisionBot.Cards.Model;

/// <summary>A picture: an https address, or a small PNG inlined as a data URI. <see cref="AltText"/> is what a screen reader says.</summary>
public sealed record Image(string Url) : CardElement
{
    public required string AltText { get; init; }

    /// <summary>On-screen width such as "480px"; overrides the size.</summary>
    public string? Width { get; init; }
}
