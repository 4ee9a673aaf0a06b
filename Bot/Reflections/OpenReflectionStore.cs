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
                stored.Value.Redaction)
            : null;

    /// <summary>
    /// Saves the session if the stored one still has <paramref name="etag"/> (null: if there is
    /// none yet). False when another request saved first: the caller's view is out of date.
    /// </summary>
    public async Task<bool> TrySaveAsync(string userKey, ReflectionSession session, string? etag, IReadOnlyList<string> redaction, CancellationToken cancellationToken) =>
        (await store.PutAsync(Key(userKey), new OpenReflectionRecord(JsonSerializer.SerializeToElement(session, ReflectionSessionJson.TypeInfo), [.. redaction]), etag, cancellationToken)).IsSaved;

    public Task DeleteAsync(string userKey, CancellationToken cancellationToken) =>
        store.DeleteAsync(Key(userKey), cancellationToken);

    private static StoreKey<OpenReflectionRecord> Key(string userKey) =>
        new($"reflections/open/{userKey}", SessionJsonContext.Default.OpenReflectionRecord);
}
