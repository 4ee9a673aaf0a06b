namespace SupervisionBot.Bot.Teams;

/// <summary>Where a Teams conversation happens, which decides what the bot says there.</summary>
internal enum ConversationKind
{
    Personal,
    GroupChat,
    Channel,
}
