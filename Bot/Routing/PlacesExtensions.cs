using SupervisionBot.Bot.Teams;

namespace SupervisionBot.Bot.Routing;

internal static class PlacesExtensions
{
    public static Places AsPlace(this ConversationKind kind) => kind switch
    {
        ConversationKind.Personal => Places.Personal,
        ConversationKind.GroupChat => Places.GroupChat,
        ConversationKind.Channel => Places.Channel,
        _ => Places.None,
    };

    public static bool Allows(this Places places, ConversationKind kind) => (places & kind.AsPlace()) != Places.None;
}
