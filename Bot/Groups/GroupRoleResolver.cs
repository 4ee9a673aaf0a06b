using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Routing;
using SupervisionBot.Bot.Teams;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Groups;

/// <summary>
/// The router's roles from the group stored for the conversation, compared by the pseudonym of
/// the person's AAD object id (never a display name). A 1:1 chat, or a conversation where no group
/// has been set up yet, gives everyone the member's role, as before groups existed; in a group,
/// someone not among its members is refused member and supervisor entries.
/// </summary>
internal sealed class GroupRoleResolver(GroupStore groups, Pseudonymizer pseudonyms) : IRoleResolver
{
    public async Task<Audience> ResolveAsync(RouteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Kind == ConversationKind.Personal)
        {
            return Audience.Member;
        }

        var activity = request.Turn.Activity;
        var stored = await groups.GetAsync(activity.ChannelId, GroupIds.Of(activity, pseudonyms), cancellationToken).ConfigureAwait(false);
        return stored?.Value.RoleOf(request.UserKey) switch
        {
            null when stored is null => Audience.Member,
            GroupRole.Supervisor => Audience.Supervisor,
            GroupRole.Member => Audience.Member,
            _ => Audience.Anyone,
        };
    }
}
