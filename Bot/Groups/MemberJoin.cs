namespace SupervisionBot.Bot.Groups;

/// <summary>
/// People who joined a group at once (at setup, or in one conversationUpdate): each is linked to
/// the group in the directory and sent one onboarding note. Queued, so the turn that saw them
/// returns at once however many there are.
/// </summary>
internal sealed record MemberJoin(string ChannelId, string GroupId, string ServiceUrl, string TenantId, IReadOnlyList<ConversationMember> Members);
