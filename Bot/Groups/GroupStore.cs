using SupervisionBot.Bot.Storage;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Groups;

/// <summary>
/// Supervision groups, one document per group in the session store, keyed by the group's
/// pseudonym (<see cref="GroupIds"/>), so a group is found from a 1:1 chat or the scheduler as
/// well as from its own conversation. Written with ETags, so two supervisors (or two instances)
/// changing a group at once cannot overwrite each other.
/// </summary>
internal sealed class GroupStore(ISessionStore store)
{
    public Task<Stored<SupervisionGroup>?> GetAsync(string channelId, string groupId, CancellationToken cancellationToken) =>
        store.GetAsync(Key(channelId, groupId), cancellationToken);

    /// <summary>Writes the group if the stored one is still <paramref name="ifMatch"/> (null: only if there is none yet).</summary>
    public Task<PutResult> PutAsync(string channelId, SupervisionGroup group, string? ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        Pseudonyms.Require(group.Id, nameof(group));
        return store.PutAsync(Key(channelId, group.Id), group, ifMatch, cancellationToken);
    }

    public Task DeleteAsync(string channelId, string groupId, CancellationToken cancellationToken) =>
        store.DeleteAsync(Key(channelId, groupId), cancellationToken);

    private static StoreKey<SupervisionGroup> Key(string channelId, string groupId) =>
        new($"{channelId}/groups/{Pseudonyms.Require(groupId, nameof(groupId))}", SessionJsonContext.Default.SupervisionGroup);
}
