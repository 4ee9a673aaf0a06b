using System.Diagnostics;
using SupervisionBot.Bot.Archive;

namespace SupervisionBot.Bot.Telemetry;

/// <summary>
/// Times every archive write, whichever backend is in use, and records its outcome (created,
/// already stored, failed) in a span and a histogram. Reads pass straight through.
/// </summary>
internal sealed class InstrumentedReflectionArchive(IReflectionArchive inner, TimeProvider time) : IReflectionArchive
{
    public async Task<ArchiveSaveResult> SaveAsync(ReflectionDocument document, CancellationToken cancellationToken)
    {
        using var span = BotTelemetry.Source.StartActivity("archive.save");
        var started = time.GetTimestamp();
        try
        {
            var result = await inner.SaveAsync(document, cancellationToken).ConfigureAwait(false);
            var outcome = result == ArchiveSaveResult.Created ? "created" : "already_stored";
            span?.SetTag("archive.outcome", outcome);
            BotTelemetry.ArchiveWrite(time.GetElapsedTime(started), outcome);
            return result;
        }
        catch (Exception exception)
        {
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            BotTelemetry.ArchiveWrite(time.GetElapsedTime(started), "failed");
            throw;
        }
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
