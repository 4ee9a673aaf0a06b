namespace SupervisionBot.Bot.Hosting;

/// <summary>What the bot remembers about a conversation itself (not about anyone in it).</summary>
internal sealed class ConversationRecord
{
    /// <summary>The welcome or introduction was sent, so a redelivered install event does not repeat it.</summary>
    public bool Introduced { get; set; }
}
