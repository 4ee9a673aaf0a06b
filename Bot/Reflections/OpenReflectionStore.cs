using System.Collections.Concurrent;
using System.Text.Json;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Storage;

namespace SupervisionBot.Bot.Reflections;

/// <summary>
/// Loads and saves a therapist's open reflection, with optimistic concurrency. Inside a turn
/// (<see cref="BeginTurn"/>) a reflection is read from storage once: settling it and then acting
/// on the command reuse that read, and this turn's own saves and deletes keep it current. A save
/// that loses to another request forgets it, so the next load sees what the other one wrote.
/// </summary>
internal sealed class OpenReflectionStore(ISessionStore store)
{
    private static readonly AsyncLocal<TurnReads?> Turn = new();

    /// <summary>Remembers reads until disposed; the bot's middleware opens one per turn.</summary>
    public static IDisposable BeginTurn()
    {
        var reads = new TurnReads(Turn.Value);
        Turn.Value = reads;
        return reads;
    }

    public async Task<StoredReflection?> LoadAsync(string userKey, CancellationToken cancellationToken)
    {
        var reads = Turn.Value;
        if (reads is not null && reads.TryGet(userKey, out var remembered))
        {
            return remembered;
        }

        var loaded = await store.GetAsync(Key(userKey), cancellationToken) is { } stored
            ? new StoredReflection(
                stored.Value.Session.Deserialize(ReflectionSessionJson.TypeInfo) ?? throw new JsonException("A stored session cannot be null."),
                stored.ETag,
                stored.Value.Redaction,
                stored.Value.SharingGroup)
            : null;
        reads?.Set(userKey, loaded);
        return loaded;
    }

    /// <summary>Saves the session with no group chosen for it; see the overload.</summary>
    public Task<bool> TrySaveAsync(string userKey, ReflectionSession session, string? etag, IReadOnlyList<string> redaction, CancellationToken cancellationToken) =>
        TrySaveAsync(userKey, session, etag, redaction, sharingGroup: null, cancellationToken);

    /// <summary>
    /// Saves the session if the stored one still has <paramref name="etag"/> (null: if there is
    /// none yet), with the group chosen for it, if any. False when another request saved first: the
    /// caller's view is out of date.
    /// </summary>
    public async Task<bool> TrySaveAsync(string userKey, ReflectionSession session, string? etag, IReadOnlyList<string> redaction, string? sharingGroup, CancellationToken cancellationToken) =>
        await SaveAsync(userKey, session, etag, redaction, sharingGroup, cancellationToken) is not null;

    /// <summary>As <see cref="TrySaveAsync(string, ReflectionSession, string?, IReadOnlyList{string}, string?, CancellationToken)"/>: the new ETag, or null when another request saved first.</summary>
    public async Task<string?> SaveAsync(string userKey, ReflectionSession session, string? etag, IReadOnlyList<string> redaction, string? sharingGroup, CancellationToken cancellationToken)
    {
        var result = await store.PutAsync(Key(userKey), new OpenReflectionRecord(JsonSerializer.SerializeToElement(session, ReflectionSessionJson.TypeInfo), [.. redaction], sharingGroup), etag, cancellationToken);
        if (result is PutResult.Saved saved)
        {
            Turn.Value?.Set(userKey, new StoredReflection(session, saved.ETag, [.. redaction], sharingGroup));
            return saved.ETag;
        }

        Turn.Value?.Forget(userKey);
        return null;
    }

    public async Task DeleteAsync(string userKey, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(Key(userKey), cancellationToken);
        Turn.Value?.Set(userKey, null);
    }

    private static StoreKey<OpenReflectionRecord> Key(string userKey) =>
        new($"reflections/open/{userKey}", SessionJsonContext.Default.OpenReflectionRecord);

    /// <summary>What this turn has read or written, by user key (null: nothing stored).</summary>
    private sealed class TurnReads(TurnReads? outer) : IDisposable
    {
        private readonly ConcurrentDictionary<string, StoredReflection?> _reflections = new(StringComparer.Ordinal);

        public bool TryGet(string userKey, out StoredReflection? stored) => _reflections.TryGetValue(userKey, out stored);

        public void Set(string userKey, StoredReflection? stored) => _reflections[userKey] = stored;

        public void Forget(string userKey) => _reflections.TryRemove(userKey, out _);

        public void Dispose() => Turn.Value = outer;
    }
}
