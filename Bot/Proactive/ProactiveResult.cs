namespace SupervisionBot.Bot.Proactive;

/// <summary>What became of a <see cref="ProactiveMessage"/>.</summary>
internal abstract record ProactiveResult
{
    /// <summary>Delivered now, as the connector's <paramref name="ActivityId"/>.</summary>
    public sealed record Sent(string ConversationId, string ActivityId) : ProactiveResult;

    /// <summary>Delivered earlier, by this or another instance; nothing was sent this time.</summary>
    public sealed record AlreadySent(string ConversationId, string ActivityId) : ProactiveResult;

    /// <summary>Not delivered yet; it is recorded and will be retried.</summary>
    public sealed record Queued : ProactiveResult;

    /// <summary>Cannot be delivered (for example the app is not installed); whether the fallback was posted.</summary>
    public sealed record Unreachable(string Reason, bool FallbackPosted) : ProactiveResult;

    public bool Delivered => this is Sent or AlreadySent;
}
