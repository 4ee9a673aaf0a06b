using System.Collections.Concurrent;
using SupervisionBot.Bot.Reflections;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>Pending-archive notes in memory, for coordinator tests that do not restart anything.</summary>
internal sealed class InMemoryPendingArchiveMarkers : IPendingArchiveMarkers
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _markers = new(StringComparer.Ordinal);

    public Task MarkAsync(string userKey, DateTimeOffset since, CancellationToken cancellationToken)
    {
        _markers[userKey] = since;
        return Task.CompletedTask;
    }

    public Task ClearAsync(string userKey, CancellationToken cancellationToken)
    {
        _markers.TryRemove(userKey, out _);
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<PendingArchiveMarker> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        foreach (var (userKey, since) in _markers)
        {
            yield return new PendingArchiveMarker(userKey, since);
        }
    }
}
