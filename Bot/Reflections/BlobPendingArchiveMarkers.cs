using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Reflections;

/// <summary>Markers as empty blobs <c>pending-archive/{author}</c>, the time they were written in their metadata.</summary>
internal sealed class BlobPendingArchiveMarkers(BlobContainerClient container) : IPendingArchiveMarkers
{
    private const string Prefix = "pending-archive/";
    private const string SinceKey = "since";

    private readonly BlobContainerCreation _containerCreation = new(container);

    public async Task MarkAsync(string userKey, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await _containerCreation.EnsureAsync(containerLost: false, cancellationToken).ConfigureAwait(false);
        await BlobFor(userKey).UploadAsync(
            BinaryData.Empty,
            new BlobUploadOptions { Metadata = new Dictionary<string, string> { [SinceKey] = ArchiveLayout.SortableTime(since) } },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task ClearAsync(string userKey, CancellationToken cancellationToken)
    {
        try
        {
            await BlobFor(userKey).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            // No container yet, so no marker.
        }
    }

    public async IAsyncEnumerable<PendingArchiveMarker> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!await container.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            yield break;
        }

        await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Prefix = Prefix, Traits = BlobTraits.Metadata }, cancellationToken).ConfigureAwait(false))
        {
            var userKey = blob.Name[Prefix.Length..];
            if (!ArchiveLayout.IsPseudonym(userKey))
            {
                continue;
            }

            var since = blob.Metadata.TryGetValue(SinceKey, out var text) && ArchiveLayout.ParseSortableTime(text) is { } written
                ? written
                : blob.Properties.LastModified ?? DateTimeOffset.MinValue;
            yield return new PendingArchiveMarker(userKey, since);
        }
    }

    private BlobClient BlobFor(string userKey) => container.GetBlobClient(Prefix + ArchiveLayout.ValidAuthor(userKey, nameof(userKey)));
}
