namespace SupervisionBot.Cards.Model;

/// <summary>
/// The hidden data every button carries. Clients merge the card's inputs into it, so input ids
/// must not reuse these names. <see cref="Version"/> is the state version the card was drawn
/// from, which is how a stale or double-clicked card is recognised.
/// </summary>
public sealed record CardActionData(string Verb)
{
    public string? SessionId { get; init; }

    public string? Step { get; init; }

    public int? Version { get; init; }

    public string? Argument { get; init; }
}
