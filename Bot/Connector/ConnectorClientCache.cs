using System.Collections.Concurrent;
using Microsoft.Bot.Connector;

namespace SupervisionBot.Bot.Connector;

/// <summary>
/// One <see cref="ReusableConnectorClient"/> per <see cref="ConnectorClientKey"/>, built from the
/// SDK's own client on first use. Bounded: past <see cref="Capacity"/> keys a turn gets the SDK's
/// per-turn client as before, so a flood of service URLs costs speed, never memory. An entry is
/// rebuilt after <see cref="Lifetime"/>, so the HttpClient factory can rotate its handlers (DNS).
/// Tokens are not cached here: the credentials fetch (and refresh) one on every request.
/// </summary>
internal sealed class ConnectorClientCache(TimeProvider time)
{
    public const int Capacity = 256;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<ConnectorClientKey, Entry> _clients = new();

    /// <summary>How many clients are held now.</summary>
    public int Count => _clients.Count;

    public async Task<IConnectorClient> GetAsync(ConnectorClientKey key, Func<Task<IConnectorClient>> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        var now = time.GetTimestamp();
        if (_clients.TryGetValue(key, out var entry) && time.GetElapsedTime(entry.Created, now) > Lifetime)
        {
            _clients.TryRemove(new KeyValuePair<ConnectorClientKey, Entry>(key, entry));
            entry = null;
        }

        if (entry is null)
        {
            if (_clients.Count >= Capacity)
            {
                return await create().ConfigureAwait(false);
            }

            entry = _clients.GetOrAdd(key, _ => new Entry(new Lazy<Task<IConnectorClient>>(() => ShareAsync(create)), now));
        }

        try
        {
            return await entry.Client.Value.ConfigureAwait(false);
        }
        catch
        {
            // A failed build (credentials unavailable, say) is not remembered: the next turn tries again.
            _clients.TryRemove(new KeyValuePair<ConnectorClientKey, Entry>(key, entry));
            throw;
        }
    }

    private static async Task<IConnectorClient> ShareAsync(Func<Task<IConnectorClient>> create)
    {
        var client = await create().ConfigureAwait(false);
        return client is ConnectorClient { HttpClient: { } http } sdk
            ? new ReusableConnectorClient(sdk.BaseUri, sdk.Credentials, http)
            : client;
    }

    private sealed record Entry(Lazy<Task<IConnectorClient>> Client, long Created);
}
