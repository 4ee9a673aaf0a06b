using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Proactive;

/// <summary>
/// The outbox as blobs <c>outbox/{key}</c> in the coordination container. Conditional writes
/// (<c>If-None-Match: *</c>, <c>If-Match</c>) let storage decide between two instances; each blob's
/// state is also in its metadata, so the retrier lists pending work without reading every record.
/// </summary>
internal sealed class BlobProactiveOutbox(BlobContainerClient container) : IProactiveOutbox
{
    private const string Prefix = "outbox/";
    private const string StateMetadata = "state";
    private const string DueMetadata = "due";

    private readonly BlobContainerCreation _containerCreation = new(container);

    public async Task<Stored<OutboxRecord>?> GetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var download = await Blob(key).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            var record = download.Value.Content.ToObjectFromJson(ProactiveJsonContext.Default.OutboxRecord)
                ?? throw new JsonException("A stored outbox record cannot be null.");
            return new Stored<OutboxRecord>(record, download.Value.Details.ETag.ToString());
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task<PutResult> PutAsync(string key, OutboxRecord record, string? ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await _containerCreation.EnsureAsync(containerLost: false, cancellationToken).ConfigureAwait(false);
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
            Metadata = new Dictionary<string, string>
            {
                [StateMetadata] = record.State.ToString(),
                [DueMetadata] = record.Due.ToString("O", CultureInfo.InvariantCulture),
            },
            Conditions = ifMatch is null
                ? new BlobRequestConditions { IfNoneMatch = ETag.All }
                : new BlobRequestConditions { IfMatch = new ETag(ifMatch) },
        };
        try
        {
            var content = BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(record, ProactiveJsonContext.Default.OutboxRecord));
            var uploaded = await Blob(key).UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
            return new PutResult.Saved(uploaded.Value.ETag.ToString());
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 || (ex.Status == 404 && ifMatch is not null))
        {
            return new PutResult.Conflict();
        }
    }

    public async IAsyncEnumerable<string> PendingKeysAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var blob in ListBlobsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (blob.Metadata.TryGetValue(StateMetadata, out var state)
                && state is nameof(OutboxState.Queued) or nameof(OutboxState.Sending))
            {
                yield return blob.Name[Prefix.Length..];
            }
        }
    }

    public async IAsyncEnumerable<OutboxEntry> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var blob in ListBlobsAsync(cancellationToken).ConfigureAwait(false))
        {
            // Metadata written by this version carries the state and the due time; older blobs are read.
            var key = blob.Name[Prefix.Length..];
            if (blob.Metadata.TryGetValue(StateMetadata, out var stateText) && Enum.TryParse<OutboxState>(stateText, out var state)
                && blob.Metadata.TryGetValue(DueMetadata, out var dueText)
                && DateTimeOffset.TryParse(dueText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var due))
            {
                yield return new OutboxEntry(key, state, due, blob.Properties.ETag?.ToString() ?? string.Empty);
            }
            else if (await GetAsync(key, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                yield return new OutboxEntry(key, stored.Value.State, stored.Value.Due, stored.ETag);
            }
        }
    }

    public async Task<bool> DeleteAsync(string key, string? ifMatch, CancellationToken cancellationToken)
    {
        try
        {
            var conditions = ifMatch is null ? null : new BlobRequestConditions { IfMatch = new ETag(ifMatch) };
            return (await Blob(key).DeleteIfExistsAsync(conditions: conditions, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // No container, or changed since listed (another instance moved it on): not ours to delete.
            return false;
        }
    }

    private async IAsyncEnumerable<BlobItem> ListBlobsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pages = container.GetBlobsAsync(new GetBlobsOptions { Prefix = Prefix, Traits = BlobTraits.Metadata }, cancellationToken);
        await using var items = pages.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await items.MoveNextAsync().ConfigureAwait(false))
                {
                    yield break;
                }
            }
            catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
            {
                yield break;
            }

            yield return items.Current;
        }
    }

    private BlobClient Blob(string key) => container.GetBlobClient(Prefix + OutboxKeys.Checked(key));
}
