namespace SupervisionBot.Bot.Groups;

/// <summary>
/// Someone in a group chat or channel, as the Teams member API lists them: their pseudonym (what
/// roles are compared by), their Teams user id (an address, to start a 1:1) and their display
/// name (shown on the setup card, to people who are in the conversation anyway; never stored).
/// </summary>
internal sealed record ConversationMember(string Pseudonym, string TeamsUserId, string DisplayName);
