using Microsoft.Bot.Schema;

namespace SupervisionBot.Bot.Teams;

internal static class ActivityExtensions
{
    public static ConversationKind ConversationKind(this IActivity activity) =>
        activity.Conversation?.ConversationType switch
        {
            "groupChat" => Teams.ConversationKind.GroupChat,
            "channel" => Teams.ConversationKind.Channel,
            _ => Teams.ConversationKind.Personal,
        };
}
