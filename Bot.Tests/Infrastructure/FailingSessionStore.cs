using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>A session store whose every call fails, as storage does in an outage.</summary>
internal sealed class FailingSessionStore(string message) : ISessionStore
{
    public Task<Stored<T>?> GetAsync<T>(StoreKey<T> key, CancellationToken cancellationToken) =>
        Task.FromException<Stored<T>?>(new InvalidOperationException(message));

    public Task<PutResult> PutAsync<T>(StoreKey<T> key, T value, string? ifMatch, CancellationToken cancellationToken) =>
        Task.FromException<PutResult>(new InvalidOperationException(message));

    public Task DeleteAsync<T>(StoreKey<T> key, CancellationToken cancellationToken) =>
        Task.FromException(new InvalidOperationException(message));
}
