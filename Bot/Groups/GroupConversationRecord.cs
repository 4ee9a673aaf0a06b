namespace SupervisionBot.Bot.Groups;

/// <summary>Where a group's own conversation is, for its summary and for notes to members.</summary>
internal sealed record GroupConversationRecord(string ConversationId, string ServiceUrl, string TenantId);
