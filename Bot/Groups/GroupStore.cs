using SupervisionBot.Bot.Storage;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Groups;

/// <summary>
/// Supervision groups, one document per Teams conversation, in the session store: written with
/// ETags, so two supervisors (or two instances) changing a group at once cannot overwrite each
/// other, and keyed by the store's pseudonyms, so no conversation id becomes a name.
/// </summary>
internal sealed class GroupStore(ISessionStore store)
{
    public Task<Stored<SupervisionGroup>?> GetAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        store.GetAsync(Key(channelId, conversationId), cancellationToken);

    /// <summary>Writes the group if the stored one is still <paramref name="ifMatch"/> (null: only if there is none yet).</summary>
    public Task<PutResult> PutAsync(string channelId, string conversationId, SupervisionGroup group, string? ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        Pseudonyms.Require(group.Id, nameof(group));
        return store.PutAsync(Key(channelId, conversationId), group, ifMatch, cancellationToken);
    }

    public Task DeleteAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        store.DeleteAsync(Key(channelId, conversationId), cancellationToken);

    private static StoreKey<SupervisionGroup> Key(string channelId, string conversationId) =>
        new($"{channelId}/groups/{conversationId}", SessionJsonContext.Default.SupervisionGroup);
}
