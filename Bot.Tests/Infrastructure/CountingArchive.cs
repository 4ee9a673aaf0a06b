using SupervisionBot.Bot.Archive;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>Wraps a host's real archive: counts save attempts, and fails them while <see cref="Down"/> is set.</summary>
internal sealed class CountingArchive(IReflectionArchive inner) : IReflectionArchive
{
    private int _saves;

    public bool Down { get; set; }

    public int Saves => Volatile.Read(ref _saves);

    public void ResetCount() => Interlocked.Exchange(ref _saves, 0);

    public Task<ArchiveSaveResult> SaveAsync(ReflectionDocument document, CancellationToken cancellationToken)
    {
        if (Down)
        {
            throw new IOException("storage unreachable (test)");
        }

        Interlocked.Increment(ref _saves);
        return inner.SaveAsync(document, cancellationToken);
    }

    public Task<IReadOnlyList<ReflectionSummary>> ListByAuthorAsync(string author, int max, CancellationToken cancellationToken) =>
        inner.ListByAuthorAsync(author, max, cancellationToken);

    public Task<ReflectionDocument?> GetAsync(string author, Guid id, CancellationToken cancellationToken) =>
        inner.GetAsync(author, id, cancellationToken);

    public IAsyncEnumerable<ReflectionDocument> ListAllByAuthorAsync(string author, CancellationToken cancellationToken) =>
        inner.ListAllByAuthorAsync(author, cancellationToken);

    public Task<bool> DeleteAsync(string author, Guid id, CancellationToken cancellationToken) =>
        inner.DeleteAsync(author, id, cancellationToken);

    public Task<int> DeleteAllByAuthorAsync(string author, CancellationToken cancellationToken) =>
        inner.DeleteAllByAuthorAsync(author, cancellationToken);

    public IAsyncEnumerable<ReflectionDocument> ListSharedWithGroupAsync(
        string group, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        inner.ListSharedWithGroupAsync(group, from, to, cancellationToken);

    public IAsyncEnumerable<ReflectionDocument> StreamSharedInGroupAsync(
        string group, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        inner.StreamSharedInGroupAsync(group, from, to, cancellationToken);

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        inner.DeleteOlderThanAsync(cutoff, cancellationToken);
}
