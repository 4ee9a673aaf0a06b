namespace SupervisionBot.Bot.Hosting;

/// <summary>What the bot remembers about a conversation itself (not about anyone in it).</summary>
/// <param name="Introduced">The welcome or introduction was sent, so a redelivered install event does not repeat it.</param>
internal sealed record ConversationRecord(bool Introduced);
