using SupervisionBot.Bot.Teams;

namespace SupervisionBot.Bot.Routing;

/// <summary>What an entry of the route table does: returns what to show.</summary>
internal delegate Task<BotReply> RouteHandler(RouteRequest request, CancellationToken cancellationToken);
