namespace SupervisionBot.Bot.Proactive;

/// <summary>
/// One proactive message in the outbox, stored under the pseudonym of its once key. The payload
/// (the activity, as the connector's JSON) is kept only until the message is sent or given up,
/// so a delivered message leaves only ids behind.
/// </summary>
/// <param name="State">Where it stands.</param>
/// <param name="Address">Where it goes.</param>
/// <param name="ConversationId">The conversation it went to (for a person, the 1:1 once created).</param>
/// <param name="ActivityId">The connector's id for the delivered message, for updates.</param>
/// <param name="Payload">The activity to send, while it is not yet sent.</param>
/// <param name="Fallback">The note for the group if the person cannot be reached 1:1, while it may still be needed.</param>
/// <param name="Attempts">Tries so far, over all instances.</param>
/// <param name="Due">Sending: when the claim lapses. Queued: when to try again.</param>
/// <param name="Reason">Why the last try failed: a fixed word such as <c>http-429</c>, never the connector's message.</param>
/// <param name="FallbackPosted">Whether the group was told to open a chat with the bot.</param>
/// <param name="About">
/// The pseudonyms its once key names (a group, a person, a request): once keys are made of
/// pseudonyms, and keeping them lets "forget me" find every record about a person without
/// knowing which meetings or requests produced them. Null in records written before it existed.
/// </param>
/// <param name="FollowUp">
/// Who to tell if the message is finally given up, such as <c>contact/{request}</c> (see
/// <see cref="IProactiveFollowUp"/>); null when nobody needs to know.
/// </param>
internal sealed record OutboxRecord(
    OutboxState State,
    OutboxAddress Address,
    string? ConversationId,
    string? ActivityId,
    string? Payload,
    ProactiveFallback? Fallback,
    int Attempts,
    DateTimeOffset Due,
    string? Reason = null,
    bool FallbackPosted = false,
    IReadOnlyList<string>? About = null,
    string? FollowUp = null);

/// <summary>A <see cref="ProactiveAddress"/> in storage: <paramref name="Id"/> is a Teams user id (29:...) or a conversation id, an address and never a key.</summary>
internal sealed record OutboxAddress(string ChannelId, string ServiceUrl, string TenantId, bool IsPerson, string Id)
{
    public static OutboxAddress From(ProactiveAddress address) => address switch
    {
        ProactiveAddress.Person p => new(p.ChannelId, p.ServiceUrl, p.TenantId, IsPerson: true, p.TeamsUserId),
        ProactiveAddress.Conversation c => new(c.ChannelId, c.ServiceUrl, c.TenantId, IsPerson: false, c.ConversationId),
        _ => throw new ArgumentOutOfRangeException(nameof(address)),
    };
}
