namespace SupervisionBot.Bot.Routing;

/// <summary>
/// Until groups are stored, everyone talking to the bot counts as a member and nobody as a
/// supervisor, so supervisor-only entries are refused to all.
/// </summary>
internal sealed class EveryoneIsAMember : IRoleResolver
{
    public Task<Audience> ResolveAsync(RouteRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Audience.Member);
}
