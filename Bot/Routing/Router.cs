using SupervisionBot.Bot.Reflections;
using SupervisionBot.Bot.Teams;
using SupervisionBot.Dialogs.Commands;

namespace SupervisionBot.Bot.Routing;

/// <summary>
/// The one place that decides whether a command or button may run here, for this person: the
/// entry's places and audience, checked before its handler is called, with a kind refusal when not.
/// </summary>
internal sealed partial class Router(RouteTable table, IRoleResolver roles, ILogger<Router> logger)
{
    internal const string GroupsOnlyMessage =
        "That works in a group chat or channel where your supervision group meets: mention me there. Nothing has changed.";

    internal const string NotHereMessage = "That doesn't work here, so nothing has changed. Type help to see what I can do here.";

    internal const string MembersOnlyMessage =
        "That is for members of the supervision group that meets here, so nothing has changed. Type help to see what you can do.";

    internal const string SupervisorsOnlyMessage =
        "Only a supervisor of this group can do that, so nothing has changed. If you think you should be one, ask whoever set the group up.";

    /// <summary>The entry for typed text, if it names a command.</summary>
    public Route? FindCommand(string? text) => CommandParser.Parse(text) is { } command ? table.Find(command) : null;

    /// <summary>The entry for a pressed button's verb, if the bot knows it.</summary>
    public Route? FindVerb(string verb) => table.FindVerb(verb);

    public async Task<BotReply> DispatchAsync(Route route, RouteRequest request, CancellationToken cancellationToken)
    {
        if (!route.Where.Allows(request.Kind))
        {
            LogRefused(logger, route.Name, request.Kind, "place");
            return NotHere(route.Where);
        }

        if (route.Who > Audience.Anyone && await roles.ResolveAsync(request, cancellationToken) < route.Who)
        {
            LogRefusedAudience(logger, route.Name, request.Kind, route.Who);
            return BotReply.Message(route.Who == Audience.Supervisor ? SupervisorsOnlyMessage : MembersOnlyMessage);
        }

        LogRoute(logger, route.Name, request.Kind);
        return await route.Handle(request, cancellationToken);
    }

    private static BotReply NotHere(Places where) => where switch
    {
        Places.Personal => new BotReply(ReflectionViewCards.Render(new ReflectionView.PersonalChatOnly()), ReplacesCard: false),
        _ when !where.HasFlag(Places.Personal) => BotReply.Message(GroupsOnlyMessage),
        _ => BotReply.Message(NotHereMessage),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Route {Route} in a {Kind} conversation")]
    private static partial void LogRoute(ILogger logger, string route, ConversationKind kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Route {Route} refused in a {Kind} conversation ({Reason})")]
    private static partial void LogRefused(ILogger logger, string route, ConversationKind kind, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Route {Route} refused in a {Kind} conversation (needs {Audience})")]
    private static partial void LogRefusedAudience(ILogger logger, string route, ConversationKind kind, Audience audience);
}
