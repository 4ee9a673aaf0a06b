using System.Collections.Concurrent;
using SupervisionBot.Anonymisation;

namespace SupervisionBot.Bot.Reflections;

/// <summary>
/// What the anonymiser remembers for a reflection, as restored from the stored forms, kept per
/// instance under the ETag of the record it was saved in. A declared client name brings hundreds
/// of forms (every one-letter typo), and turning them back into a memory on every card was most of
/// a card action's allocations. The ETag names one stored version exactly: after another instance
/// (or request) saves, the ETag differs and the forms are read from the record again, so a stale
/// memory is never used. Bounded: at <see cref="Capacity"/> people, remembering another forgets one.
/// Holds keyed hashes only, never a name.
/// </summary>
internal sealed class RedactionMemoryCache(int capacity = RedactionMemoryCache.DefaultCapacity)
{
    /// <summary>Reflections open at once on one instance; a memory with a declared name is about 100 KB.</summary>
    public const int DefaultCapacity = 256;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be positive.");

    public int Count => _entries.Count;

    /// <summary>The memory saved with the record version <paramref name="etag"/>, if this instance saved it.</summary>
    public RedactionMemory? Find(string userKey, string? etag) =>
        etag is not null && _entries.TryGetValue(userKey, out var entry) && entry.ETag == etag ? entry.Memory : null;

    /// <summary>Notes that the record version <paramref name="etag"/> holds exactly <paramref name="memory"/>'s forms.</summary>
    public void Remember(string userKey, string etag, RedactionMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        // Full: one entry makes room (whichever the dictionary yields first), not all of them, so a
        // few more people than the capacity cost a few misses rather than emptying it for everyone.
        while (_entries.Count >= Capacity && !_entries.ContainsKey(userKey))
        {
            foreach (var (key, _) in _entries)
            {
                _entries.TryRemove(key, out _);
                break;
            }
        }

        _entries[userKey] = new Entry(etag, memory);
    }

    public void Forget(string userKey) => _entries.TryRemove(userKey, out _);

    private sealed record Entry(string ETag, RedactionMemory Memory);
}
