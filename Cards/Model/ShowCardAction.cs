namespace SupervisionBot.Cards.Model;

/// <summary>
/// Reveals a small card inside this one without a round trip: used to ask "are you sure?"
/// before a destructive button, so one stray click cannot throw work away.
/// </summary>
public sealed record ShowCardAction(string Title, AdaptiveCard Card) : CardAction(Title);
