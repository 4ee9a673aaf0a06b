namespace SupervisionBot.Bot.Proactive;

/// <summary>Where a message the bot starts (not a reply) goes.</summary>
internal abstract record ProactiveAddress(string ChannelId, string ServiceUrl, string TenantId)
{
    /// <summary>
    /// A 1:1 chat with one person, created if the bot has none with them yet. Teams allows that
    /// only when the person has the app installed.
    /// </summary>
    public sealed record Person(string ChannelId, string ServiceUrl, string TenantId, string TeamsUserId)
        : ProactiveAddress(ChannelId, ServiceUrl, TenantId);

    /// <summary>A group chat or channel conversation the bot is in.</summary>
    public sealed record Conversation(string ChannelId, string ServiceUrl, string TenantId, string ConversationId)
        : ProactiveAddress(ChannelId, ServiceUrl, TenantId);
}
