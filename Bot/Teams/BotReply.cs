using SupervisionBot.Cards.Model;

namespace SupervisionBot.Bot.Teams;

/// <summary>
/// One thing the bot says back. <see cref="ReplacesCard"/>: when it answers a card's button,
/// it takes that card's place (so the old card cannot be pressed again) rather than arriving
/// as a new message. Either a card or a plain text.
/// </summary>
internal sealed record BotReply(AdaptiveCard? Card, bool ReplacesCard, string? Text = null)
{
    /// <summary>A short plain-text answer, for when a card would be too much (or could not be read).</summary>
    public static BotReply Message(string text) => new(null, ReplacesCard: false, text);
}
