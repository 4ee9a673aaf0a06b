using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Archive;

/// <summary>
/// The archive in an Azure Blob container. Each reflection is one blob,
/// <c>authors/{author}/{id}.json</c>, written with <c>If-None-Match: *</c> so a second save of the
/// same id is refused by the service itself (409) and reported as already stored. Each blob
/// carries its confirmation time as metadata (<c>confirmedat</c>, for ordering and retention
/// without downloading) and blob index tags <c>sharing</c>, <c>group</c> (when known) and
/// <c>confirmed</c>, set in the same request, which find a group's shared reflections without
/// listing anyone's documents. The container is created on first write.
/// </summary>
internal sealed partial class BlobReflectionArchive(
    BlobContainerClient container,
    TimeProvider timeProvider,
    ILogger<BlobReflectionArchive> logger) : IReflectionArchive
{
    internal const string ConfirmedAtMetadata = "confirmedat";
    internal const string SharingTag = "sharing";
    internal const string GroupTag = "group";
    internal const string ConfirmedTag = "confirmed";

    private const int StreamingDownloads = 16;

    private static readonly BlobHttpHeaders JsonHeaders = new() { ContentType = "application/json" };

    private readonly BlobContainerCreation _containerCreation = new(container);

    public string ContainerName => container.Name;

    public async Task<ArchiveSaveResult> SaveAsync(ReflectionDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blob = container.GetBlobClient(ArchiveLayout.DocumentName(document.Author, document.Id));
        var tags = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SharingTag] = ReflectionSharingNames.Of(document.Sharing),
            [ConfirmedTag] = ArchiveLayout.SortableTime(document.ConfirmedAt),
        };
        if (document.Group is { } group)
        {
            tags[GroupTag] = ArchiveLayout.ValidGroup(group, nameof(document));
        }

        var options = new BlobUploadOptions
        {
            HttpHeaders = JsonHeaders,
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            Metadata = new Dictionary<string, string> { [ConfirmedAtMetadata] = ArchiveLayout.SortableTime(document.ConfirmedAt) },
            Tags = tags,
        };
        var content = BinaryData.FromBytes(ReflectionDocumentJson.Serialize(document));

        var started = timeProvider.GetTimestamp();
        await EnsureContainerAsync(containerLost: false, cancellationToken).ConfigureAwait(false);
        var result = await UploadAsync(blob, content, options, cancellationToken).ConfigureAwait(false);
        var elapsed = timeProvider.GetElapsedTime(started);
        LogSaved(logger, document.Id, result, elapsed.TotalMilliseconds);
        return result;
    }

    public async Task<IReadOnlyList<ReflectionSummary>> ListByAuthorAsync(string author, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var summaries = new List<ReflectionSummary>();
        await foreach (var document in NewestFirstAsync(author, max, cancellationToken).ConfigureAwait(false))
        {
            summaries.Add(ReflectionSummary.Of(document));
        }

        return summaries;
    }

    public async Task<ReflectionDocument?> GetAsync(string author, Guid id, CancellationToken cancellationToken) =>
        await DownloadAsync(ArchiveLayout.DocumentName(author, id), cancellationToken).ConfigureAwait(false);

    public IAsyncEnumerable<ReflectionDocument> ListAllByAuthorAsync(string author, CancellationToken cancellationToken) =>
        NewestFirstAsync(author, int.MaxValue, cancellationToken);

    public async Task<bool> DeleteAsync(string author, Guid id, CancellationToken cancellationToken)
    {
        var deleted = await DeleteBlobAsync(ArchiveLayout.DocumentName(author, id), cancellationToken).ConfigureAwait(false);
        LogDeleted(logger, deleted ? 1 : 0, "one");
        return deleted;
    }

    public async Task<int> DeleteAllByAuthorAsync(string author, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var entry in await ListEntriesAsync(ArchiveLayout.AuthorPrefix(author), cancellationToken).ConfigureAwait(false))
        {
            count += await DeleteBlobAsync(entry.Name, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        LogDeleted(logger, count, "author");
        return count;
    }

    public async IAsyncEnumerable<ReflectionDocument> ListSharedWithGroupAsync(
        string group, DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArchiveLayout.ValidGroup(group);
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);

        // Every value in the query is a checked pseudonym, a fixed name or a formatted time: nothing to escape.
        var query =
            $"\"{GroupTag}\" = '{group}' AND \"{SharingTag}\" = '{ReflectionSharingNames.Group}' " +
            $"AND \"{ConfirmedTag}\" >= '{ArchiveLayout.SortableTime(from)}' AND \"{ConfirmedTag}\" < '{ArchiveLayout.SortableTime(to)}'";

        var names = new List<string>();
        try
        {
            await foreach (var tagged in container.FindBlobsByTagsAsync(query, cancellationToken).ConfigureAwait(false))
            {
                names.Add(tagged.BlobName);
            }
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            yield break;
        }

        // The index is only a way in: each document is checked again, since Azure updates the index
        // shortly after a write and a document may have been deleted since it was found.
        var documents = new List<ReflectionDocument>(names.Count);
        foreach (var name in names)
        {
            if (await DownloadAsync(name, cancellationToken).ConfigureAwait(false) is { } document
                && document.IsSharedWith(group, from, to))
            {
                documents.Add(document);
            }
        }

        foreach (var document in documents.OrderBy(document => document.ConfirmedAt).ThenBy(document => document.Id))
        {
            yield return document;
        }
    }

    public async IAsyncEnumerable<ReflectionDocument> StreamSharedInGroupAsync(
        string group, DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArchiveLayout.ValidGroup(group);
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);

        // A few downloads in flight while the next names arrive: streaming, but not one round trip at a time.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var inFlight = new Queue<Task<ReflectionDocument?>>();
        try
        {
            foreach (var sharing in GroupShares.SharingNames)
            {
                // Index tags allow only AND, so one query per sharing; each value is a checked pseudonym, a fixed name or a formatted time.
                var query =
                    $"\"{GroupTag}\" = '{group}' AND \"{SharingTag}\" = '{sharing}' " +
                    $"AND \"{ConfirmedTag}\" >= '{ArchiveLayout.SortableTime(from)}' AND \"{ConfirmedTag}\" < '{ArchiveLayout.SortableTime(to)}'";
                var found = container.FindBlobsByTagsAsync(query, stop.Token).GetAsyncEnumerator(stop.Token);
                await using (found.ConfigureAwait(false))
                {
                    while (await NextOrNoContainerAsync(found).ConfigureAwait(false))
                    {
                        inFlight.Enqueue(DownloadAsync(found.Current.BlobName, stop.Token));
                        if (inFlight.Count >= StreamingDownloads
                            && await inFlight.Dequeue().ConfigureAwait(false) is { } document
                            && GroupShares.Includes(document, group, from, to))
                        {
                            yield return document;
                        }
                    }
                }
            }

            while (inFlight.Count > 0)
            {
                if (await inFlight.Dequeue().ConfigureAwait(false) is { } document && GroupShares.Includes(document, group, from, to))
                {
                    yield return document;
                }
            }
        }
        finally
        {
            // The reader stopped early: downloads still running are no longer wanted.
            await stop.CancelAsync().ConfigureAwait(false);
        }
    }

    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var count = 0;
        foreach (var entry in await ListEntriesAsync(ArchiveLayout.AuthorsFolder + "/", cancellationToken).ConfigureAwait(false))
        {
            if (entry.ConfirmedAt < cutoff)
            {
                count += await DeleteBlobAsync(entry.Name, cancellationToken).ConfigureAwait(false) ? 1 : 0;
            }
        }

        var elapsed = timeProvider.GetElapsedTime(started);
        LogRetention(logger, count, elapsed.TotalMilliseconds);
        return count;
    }

    private async IAsyncEnumerable<ReflectionDocument> NewestFirstAsync(
        string author, int max, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var entries = await ListEntriesAsync(ArchiveLayout.AuthorPrefix(author), cancellationToken).ConfigureAwait(false);
        var yielded = 0;
        foreach (var entry in entries.OrderByDescending(entry => entry.ConfirmedAt).ThenBy(entry => entry.Name, StringComparer.Ordinal))
        {
            if (yielded == max)
            {
                yield break;
            }

            // Deleted between listing and reading: it is simply no longer there.
            if (await DownloadAsync(entry.Name, cancellationToken).ConfigureAwait(false) is { } document)
            {
                yielded++;
                yield return document;
            }
        }
    }

    /// <summary>The documents under a prefix with their confirmation times, read from metadata.</summary>
    private async Task<List<Entry>> ListEntriesAsync(string prefix, CancellationToken cancellationToken)
    {
        var entries = new List<Entry>();
        var options = new GetBlobsOptions { Prefix = prefix, Traits = BlobTraits.Metadata };
        try
        {
            await foreach (var item in container.GetBlobsAsync(options, cancellationToken).ConfigureAwait(false))
            {
                if (ArchiveLayout.IdOf(item.Name) is null)
                {
                    continue;
                }

                var confirmedAt = item.Metadata is { } metadata && metadata.TryGetValue(ConfirmedAtMetadata, out var stored)
                    ? ArchiveLayout.ParseSortableTime(stored)
                    : null;
                if (confirmedAt is null)
                {
                    // Metadata lost (a copy made by hand): the document itself says, so retention never skips it.
                    confirmedAt = (await DownloadAsync(item.Name, cancellationToken).ConfigureAwait(false))?.ConfirmedAt;
                }

                if (confirmedAt is { } time)
                {
                    entries.Add(new Entry(item.Name, time));
                }
            }
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            // No container yet, so no documents.
        }

        return entries;
    }

    /// <summary>The next tagged blob, or false at the end or when the container does not exist yet (no documents).</summary>
    private static async Task<bool> NextOrNoContainerAsync(IAsyncEnumerator<TaggedBlobItem> found)
    {
        try
        {
            return await found.MoveNextAsync().ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            return false;
        }
    }

    private async Task<ReflectionDocument?> DownloadAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var download = await container.GetBlobClient(name).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            var document = ReflectionDocumentJson.Deserialize(download.Value.Content.ToMemory().Span);
            return ArchiveLayout.DocumentName(document.Author, document.Id) == name
                ? document
                : throw new InvalidDataException($"The reflection stored as {ArchiveLayout.IdOf(name)} names another author or id.");
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    private async Task<bool> DeleteBlobAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var response = await container.GetBlobClient(name)
                .DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            return response.Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    private async Task<ArchiveSaveResult> UploadAsync(
        BlobClient blob, BinaryData content, BlobUploadOptions options, CancellationToken cancellationToken)
    {
        try
        {
            await blob.UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
            return ArchiveSaveResult.Created;
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.BlobAlreadyExists)
        {
            return ArchiveSaveResult.AlreadyStored;
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            // The container went away after it was created: create it again, as the state store does.
            LogContainerRecreated(logger, container.Name);
            await EnsureContainerAsync(containerLost: true, cancellationToken).ConfigureAwait(false);
            return await UploadAsync(blob, content, options, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task EnsureContainerAsync(bool containerLost, CancellationToken cancellationToken) =>
        _containerCreation.EnsureAsync(containerLost, cancellationToken);

    private sealed record Entry(string Name, DateTimeOffset ConfirmedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Archived reflection {ReflectionId}: {Result}, {ElapsedMs:0.0} ms")]
    private static partial void LogSaved(ILogger logger, Guid reflectionId, ArchiveSaveResult result, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Archive delete ({Scope}): {Count} reflections deleted")]
    private static partial void LogDeleted(ILogger logger, int count, string scope);

    [LoggerMessage(Level = LogLevel.Information, Message = "Archive retention sweep: {Count} reflections deleted, {ElapsedMs:0.0} ms")]
    private static partial void LogRetention(ILogger logger, int count, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Archive container {Container} was missing; creating it again")]
    private static partial void LogContainerRecreated(ILogger logger, string container);
}
