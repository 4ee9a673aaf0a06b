using SupervisionBot.Bot.Storage;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Digests;

/// <summary>
/// Past digests, one document per group in the session store, written with ETags so two
/// instances recording the same meeting keep one record: the first one written.
/// </summary>
internal sealed class DigestHistoryStore(ISessionStore store)
{
    private const int MaxAttempts = 5;

    public async Task<DigestHistory> GetAsync(string channelId, string groupId, CancellationToken cancellationToken) =>
        (await store.GetAsync(Key(channelId, groupId), cancellationToken).ConfigureAwait(false))?.Value ?? DigestHistory.Empty;

    /// <summary>Keeps <paramref name="record"/> unless one for its meeting is already kept; returns the one kept.</summary>
    public async Task<DigestRecord> AddAsync(string channelId, string groupId, DigestRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        Pseudonyms.Require(groupId, nameof(groupId));
        var key = Key(channelId, groupId);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await store.GetAsync(key, cancellationToken).ConfigureAwait(false);
            if (stored?.Value.For(record.Meeting) is { } kept)
            {
                return kept;
            }

            var history = (stored?.Value ?? DigestHistory.Empty).With(record);
            var result = await store.PutAsync(key, history, stored?.ETag, cancellationToken).ConfigureAwait(false);
            if (result.IsSaved)
            {
                return record;
            }

            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException("The digest history kept changing under this write; the next tick tries again.");
            }
        }
    }

    private static StoreKey<DigestHistory> Key(string channelId, string groupId) =>
        new($"{channelId}/digests/{groupId}", SessionJsonContext.Default.DigestHistory);
}
