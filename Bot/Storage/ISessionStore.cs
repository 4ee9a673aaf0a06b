namespace SupervisionBot.Bot.Storage;

/// <summary>
/// The bot's working state between turns: a therapist's open reflection, what the bot remembers
/// about each conversation, and (next) groups. One JSON document per key, each with an ETag, so
/// that two turns (or two instances) that read the same version cannot both write over it.
/// Keys are pseudonymised by the store: no Teams id becomes a blob or file name.
/// </summary>
internal interface ISessionStore
{
    /// <summary>The document under <paramref name="key"/> and its ETag, or null when there is none.</summary>
    Task<Stored<T>?> GetAsync<T>(StoreKey<T> key, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the document if the stored one still has <paramref name="ifMatch"/>; with null, only
    /// if nothing is stored under the key yet; with <see cref="StoreETags.Any"/>, whatever is there.
    /// Someone else writing (or deleting) first is a <see cref="PutResult.Conflict"/>, not an exception.
    /// </summary>
    Task<PutResult> PutAsync<T>(StoreKey<T> key, T value, string? ifMatch, CancellationToken cancellationToken);

    /// <summary>Deletes the document, if there is one.</summary>
    Task DeleteAsync<T>(StoreKey<T> key, CancellationToken cancellationToken);
}
