using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.MyData;

/// <summary>
/// Export links as empty blobs <c>export-links/{hash}</c> whose metadata holds the author
/// pseudonym and the expiry. Taking one deletes it with <c>If-Match</c> on the ETag just read:
/// of two instances redeeming the same link at once, the service lets exactly one delete succeed.
/// </summary>
internal sealed class BlobExportLinkStore(BlobContainerClient container) : IExportLinkStore
{
    private const string Folder = "export-links/";
    private const string AuthorMetadata = "author";
    private const string ExpiresMetadata = "expires";

    private readonly BlobContainerCreation _containerCreation = new(container);

    public async Task SaveAsync(string tokenHash, ExportLinkRecord link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        await _containerCreation.EnsureAsync(containerLost: false, cancellationToken).ConfigureAwait(false);
        await container.GetBlobClient(Folder + tokenHash).UploadAsync(
            BinaryData.Empty,
            new BlobUploadOptions
            {
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                Metadata = new Dictionary<string, string>
                {
                    [AuthorMetadata] = link.Author,
                    [ExpiresMetadata] = link.Expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                },
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<ExportLinkRecord?> TakeAsync(string tokenHash, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(Folder + tokenHash);
        try
        {
            var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            await blob.DeleteAsync(
                DeleteSnapshotsOption.None,
                new BlobRequestConditions { IfMatch = properties.ETag },
                cancellationToken).ConfigureAwait(false);
            return Read(properties.Metadata);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Never issued, or another request took it first.
            return null;
        }
    }

    public async Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deleted = 0;
        try
        {
            await foreach (var item in container.GetBlobsAsync(
                new GetBlobsOptions { Prefix = Folder, Traits = BlobTraits.Metadata }, cancellationToken).ConfigureAwait(false))
            {
                if (Read(item.Metadata) is not { } link || link.Expires <= now)
                {
                    var response = await container.GetBlobClient(item.Name)
                        .DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                    deleted += response.Value ? 1 : 0;
                }
            }
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            // No container yet, so no links.
        }

        return deleted;
    }

    private static ExportLinkRecord? Read(IDictionary<string, string>? metadata) =>
        metadata is not null
        && metadata.TryGetValue(AuthorMetadata, out var author)
        && metadata.TryGetValue(ExpiresMetadata, out var expires)
        && long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? new ExportLinkRecord(author, DateTimeOffset.FromUnixTimeSeconds(seconds))
            : null;
}
