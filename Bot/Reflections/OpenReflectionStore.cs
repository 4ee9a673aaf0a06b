using System.Text.Json;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Storage;

namespace SupervisionBot.Bot.Reflections;

/// <summary>Loads and saves a therapist's open reflection, with optimistic concurrency.</summary>
internal sealed class OpenReflectionStore(ISessionStore store)
{
    public async Task<StoredReflection?> LoadAsync(string userKey, CancellationToken cancellationToken) =>
        await store.GetAsync(Key(userKey), cancellationToken) is { } stored
            ? new StoredReflection(
                stored.Value.Session.Deserialize(ReflectionSessionJson.TypeInfo) ?? throw new JsonException("A stored session cannot be null."),
                stored.ETag,
                stored.Value.Redaction,
                stored.Value.SharingGroup)
            : null;

    /// <summary>Saves the session with no group chosen for it; see the overload.</summary>
    public Task<bool> TrySaveAsync(string userKey, ReflectionSession session, string? etag, IReadOnlyList<string> redaction, CancellationToken cancellationToken) =>
        TrySaveAsync(userKey, session, etag, redaction, sharingGroup: null, cancellationToken);

    /// <summary>
    /// Saves the session if the stored one still has <paramref name="etag"/> (null: if there is
    /// none yet), with the group chosen for it, if any. False when another request saved first: the
    /// caller's view is out of date.
    /// </summary>
    public async Task<bool> TrySaveAsync(string userKey, ReflectionSession session, string? etag, IReadOnlyList<string> redaction, string? sharingGroup, CancellationToken cancellationToken) =>
        (await store.PutAsync(Key(userKey), new OpenReflectionRecord(JsonSerializer.SerializeToElement(session, ReflectionSessionJson.TypeInfo), [.. redaction], sharingGroup), etag, cancellationToken)).IsSaved;

    public Task DeleteAsync(string userKey, CancellationToken cancellationToken) =>
        store.DeleteAsync(Key(userKey), cancellationToken);

    private static StoreKey<OpenReflectionRecord> Key(string userKey) =>
        new($"reflections/open/{userKey}", SessionJsonContext.Default.OpenReflectionRecord);
}
