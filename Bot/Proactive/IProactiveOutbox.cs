using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Proactive;

/// <summary>
/// The outbox's records, one per pseudonymised once key, each with an ETag, so that creating one
/// (<c>ifMatch</c> null) or moving it on (its ETag) is decided by storage: of two instances, one wins.
/// </summary>
internal interface IProactiveOutbox
{
    Task<Stored<OutboxRecord>?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Writes the record if the stored one still has <paramref name="ifMatch"/>; with null, only if there is none.</summary>
    Task<PutResult> PutAsync(string key, OutboxRecord record, string? ifMatch, CancellationToken cancellationToken);

    /// <summary>The keys of records that are queued or being sent: the retrier's work.</summary>
    IAsyncEnumerable<string> PendingKeysAsync(CancellationToken cancellationToken);

    /// <summary>Every record, by key and state, for pruning and for "forget me".</summary>
    IAsyncEnumerable<OutboxEntry> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the record if it is still <paramref name="ifMatch"/> (null: whatever is there).
    /// False when there was none, or it changed meanwhile.
    /// </summary>
    Task<bool> DeleteAsync(string key, string? ifMatch, CancellationToken cancellationToken);
}
