using System.Collections.Concurrent;

namespace SupervisionBot.Bot.Reflections;

/// <summary>
/// Therapists whose confirmed reflection could not be archived yet. In memory only: the
/// reflection itself waits in their stored state, and their next message retries it too, so a
/// restart loses nothing but an early retry.
/// </summary>
internal sealed class PendingArchiveQueue
{
    private readonly ConcurrentDictionary<string, byte> _users = new(StringComparer.Ordinal);

    public void Add(string userKey) => _users.TryAdd(userKey, 0);

    public void Remove(string userKey) => _users.TryRemove(userKey, out _);

    public IReadOnlyList<string> Snapshot() => [.. _users.Keys];
}
