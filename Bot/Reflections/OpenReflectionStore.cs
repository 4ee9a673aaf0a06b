using Microsoft.Bot.Builder;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Storage;

namespace SupervisionBot.Bot.Reflections;

/// <summary>Loads and saves a therapist's open reflection, with optimistic concurrency.</summary>
internal sealed class OpenReflectionStore(IStorage storage)
{
    public async Task<StoredReflection?> LoadAsync(string userKey, CancellationToken cancellationToken)
    {
        var key = Key(userKey);
        var items = await storage.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var value) && value is OpenReflectionRecord record
            ? new StoredReflection(ReflectionSessionJson.Deserialize(record.SessionJson), record.ETag, record.Redaction)
            : null;
    }

    /// <summary>
    /// Saves the session if the stored one still has <paramref name="etag"/> (null: whatever is
    /// there). False when another request saved first: the caller's view is out of date.
    /// </summary>
    public async Task<bool> TrySaveAsync(string userKey, ReflectionSession session, string? etag, IReadOnlyList<string> redaction, CancellationToken cancellationToken)
    {
        var record = new OpenReflectionRecord
        {
            SessionJson = ReflectionSessionJson.Serialize(session),
            Redaction = [.. redaction],
            ETag = etag ?? ETagConflict.Wildcard,
        };
        try
        {
            await storage.WriteAsync(new Dictionary<string, object> { [Key(userKey)] = record }, cancellationToken);
            return true;
        }
        catch (Exception exception) when (ETagConflict.Is(exception))
        {
            return false;
        }
    }

    public Task DeleteAsync(string userKey, CancellationToken cancellationToken) =>
        storage.DeleteAsync([Key(userKey)], cancellationToken);

    private static string Key(string userKey) => $"reflections/open/{userKey}";
}
