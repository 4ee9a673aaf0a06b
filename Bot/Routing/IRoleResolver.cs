namespace SupervisionBot.Bot.Routing;

/// <summary>
/// What the person in this turn is in this conversation: the most they may do here. The router
/// asks it only for entries that need more than <see cref="Audience.Anyone"/>.
/// </summary>
internal interface IRoleResolver
{
    Task<Audience> ResolveAsync(RouteRequest request, CancellationToken cancellationToken);
}
