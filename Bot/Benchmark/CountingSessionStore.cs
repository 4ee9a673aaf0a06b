using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Benchmark;

/// <summary>The bot's session store, with every call counted for the benchmark's storage figures.</summary>
internal sealed class CountingSessionStore(ISessionStore inner, StorageCallCounter counter) : ISessionStore
{
    public Task<Stored<T>?> GetAsync<T>(StoreKey<T> key, CancellationToken cancellationToken)
    {
        counter.Read();
        return inner.GetAsync(key, cancellationToken);
    }

    public Task<PutResult> PutAsync<T>(StoreKey<T> key, T value, string? ifMatch, CancellationToken cancellationToken)
    {
        counter.Write();
        return inner.PutAsync(key, value, ifMatch, cancellationToken);
    }

    public Task DeleteAsync<T>(StoreKey<T> key, CancellationToken cancellationToken)
    {
        counter.Delete();
        return inner.DeleteAsync(key, cancellationToken);
    }
}
