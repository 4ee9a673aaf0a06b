namespace SupervisionBot.Bot.Archive;

/// <summary>
/// An archive that hands every call to another one. Wrappers that watch one operation (telemetry
/// times the writes, tests count them) override only that, so a new archive operation is added
/// in one place and reaches through every wrapper.
/// </summary>
internal abstract class ForwardingReflectionArchive(IReflectionArchive inner) : IReflectionArchive
{
    public virtual Task<ArchiveSaveResult> SaveAsync(ReflectionDocument document, CancellationToken cancellationToken) =>
        inner.SaveAsync(document, cancellationToken);

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
