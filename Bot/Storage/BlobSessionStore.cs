using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using SupervisionBot.Bot.Privacy;

namespace SupervisionBot.Bot.Storage;

/// <summary>
/// The session store in Azure Blob Storage: one JSON blob per key, named by the key's pseudonym
/// so no Teams id ever becomes a blob name. ETags are the blob's own, and conditional writes
/// (<c>If-Match</c>, <c>If-None-Match: *</c>) make a conflict the server's decision, so two
/// instances on one account cannot both win. The container is created on first write.
/// </summary>
internal sealed partial class BlobSessionStore(
    BlobContainerClient container,
    Pseudonymizer pseudonymizer,
    TimeProvider timeProvider,
    ILogger<BlobSessionStore> logger) : ISessionStore
{
    private static readonly BlobHttpHeaders JsonHeaders = new() { ContentType = "application/json" };

    private readonly BlobContainerCreation _containerCreation = new(container);

    public async Task<Stored<T>?> GetAsync<T>(StoreKey<T> key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var started = timeProvider.GetTimestamp();
        var blob = BlobFor(key.Name);
        try
        {
            var download = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);

            // The ETag of the very version downloaded, so a later write cannot skip a change.
            var (content, etag) = (download.Value.Content, download.Value.Details.ETag.ToString());
            if (LegacyState.MayBeLegacy(content))
            {
                if (await UpgradeAsync(blob, content, etag, cancellationToken).ConfigureAwait(false) is not { } upgraded)
                {
                    // Deleted as empty, or someone else changed it first: read what is there now.
                    return await GetAsync(key, cancellationToken).ConfigureAwait(false);
                }

                (content, etag) = upgraded;
            }

            var value = content.ToObjectFromJson(key.Type) ?? throw new JsonException($"A stored {typeof(T).Name} cannot be null.");
            return new Stored<T>(value, etag);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
        finally
        {
            var elapsed = timeProvider.GetElapsedTime(started);
            LogRead(logger, elapsed.TotalMilliseconds);
        }
    }

    public async Task<PutResult> PutAsync<T>(StoreKey<T> key, T value, string? ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        var started = timeProvider.GetTimestamp();
        var content = BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(value, key.Type));
        var result = await UploadAsync(BlobFor(key.Name), content, ifMatch, cancellationToken).ConfigureAwait(false);
        var elapsed = timeProvider.GetElapsedTime(started);
        LogWrite(logger, result.IsSaved, elapsed.TotalMilliseconds);
        return result;
    }

    public async Task DeleteAsync<T>(StoreKey<T> key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        try
        {
            await BlobFor(key.Name).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No container yet, so nothing to delete.
        }
    }

    /// <summary>
    /// A document an older version wrote, rewritten in today's shape when it is first read (not at
    /// start-up: a shared container is not scanned before the bot may answer). Null when it was
    /// deleted as empty or changed by someone else meanwhile.
    /// </summary>
    private async Task<(BinaryData Content, string ETag)?> UpgradeAsync(BlobClient blob, BinaryData content, string etag, CancellationToken cancellationToken)
    {
        var (action, json) = LegacyState.Convert(new LegacyStateItem(blob.Name, content.ToString(), etag), $"blob container '{container.Name}'");
        switch (action)
        {
            case LegacyState.Action.Keep:
                return (content, etag);
            case LegacyState.Action.Delete:
                try
                {
                    await blob.DeleteIfExistsAsync(conditions: new BlobRequestConditions { IfMatch = new ETag(etag) }, cancellationToken: cancellationToken).ConfigureAwait(false);
                }
                catch (RequestFailedException ex) when (ex.Status == 412)
                {
                    // Changed since read: the caller reads it again.
                }

                return null;
            default:
                var upgraded = BinaryData.FromBytes(json!);
                LogUpgraded(logger, blob.Name[..12]);
                return await UploadAsync(blob, upgraded, etag, cancellationToken).ConfigureAwait(false) is PutResult.Saved saved
                    ? (upgraded, saved.ETag)
                    : null;
        }
    }

    private async Task<PutResult> UploadAsync(BlobClient blob, BinaryData content, string? ifMatch, CancellationToken cancellationToken)
    {
        await _containerCreation.EnsureAsync(containerLost: false, cancellationToken).ConfigureAwait(false);
        var options = new BlobUploadOptions
        {
            HttpHeaders = JsonHeaders,
            Conditions = ifMatch switch
            {
                null => new BlobRequestConditions { IfNoneMatch = ETag.All },
                StoreETags.Any => null,
                _ => new BlobRequestConditions { IfMatch = new ETag(ifMatch) },
            },
        };

        try
        {
            var uploaded = await blob.UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
            return new PutResult.Saved(uploaded.Value.ETag.ToString());
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound && !IsIfMatch(ifMatch))
        {
            // The container went away after it was created (deleted by hand, or an emulator restarted
            // empty): create it again rather than fail every write until the process restarts.
            LogContainerRecreated(logger, container.Name);
            await _containerCreation.EnsureAsync(containerLost: true, cancellationToken).ConfigureAwait(false);
            return await UploadAsync(blob, content, ifMatch, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 || (ex.Status == 404 && IsIfMatch(ifMatch)))
        {
            // 409: a create found the blob there; 412: changed since read; 404: the item (or its whole
            // container) is gone, so the ETag the caller holds is stale too.
            LogConflict(logger, blob.Name[..12]);
            return new PutResult.Conflict();
        }
    }

    private static bool IsIfMatch(string? ifMatch) => ifMatch is not (null or StoreETags.Any);

    private BlobClient BlobFor(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return container.GetBlobClient(pseudonymizer.ForStateKey(key));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Blob session store read: {ElapsedMs:0.0} ms")]
    private static partial void LogRead(ILogger logger, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Blob session store write (saved: {Saved}): {ElapsedMs:0.0} ms")]
    private static partial void LogWrite(ILogger logger, bool saved, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Blob session store container {Container} was missing; creating it again")]
    private static partial void LogContainerRecreated(ILogger logger, string container);

    [LoggerMessage(Level = LogLevel.Information, Message = "Blob session store: item with key hash {KeyHash} from an older version rewritten in today's shape")]
    private static partial void LogUpgraded(ILogger logger, string keyHash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Blob session store ETag conflict on key hash {KeyHash}")]
    private static partial void LogConflict(ILogger logger, string keyHash);
}
