using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using SupervisionBot.Bot.Privacy;

namespace SupervisionBot.Bot.Storage;

/// <summary>
/// Bot Builder state in Azure Blob Storage: one JSON blob per state key, named by the key's
/// pseudonym so no Teams id ever becomes a blob name. ETags of <see cref="IStoreItem"/> values map
/// to the blob's own ETag (see <see cref="ETagConflict"/>). The container is created on first write.
/// </summary>
internal sealed partial class BlobStateStorage(
    BlobContainerClient container,
    Pseudonymizer pseudonymizer,
    TimeProvider timeProvider,
    ILogger<BlobStateStorage> logger) : IStorage
{
    private static readonly BlobHttpHeaders JsonHeaders = new() { ContentType = "application/json" };

    private readonly BlobContainerCreation _containerCreation = new(container);

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var started = timeProvider.GetTimestamp();

        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        var values = await Task.WhenAll(distinct.Select(key => ReadOneAsync(key, cancellationToken))).ConfigureAwait(false);

        var items = new Dictionary<string, object>(distinct.Length, StringComparer.Ordinal);
        for (var i = 0; i < distinct.Length; i++)
        {
            if (values[i] is { } value)
            {
                items[distinct[i]] = value;
            }
        }

        var elapsed = timeProvider.GetElapsedTime(started);
        LogRead(logger, distinct.Length, items.Count, elapsed.TotalMilliseconds);
        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        var started = timeProvider.GetTimestamp();
        await EnsureContainerAsync(containerLost: false, cancellationToken).ConfigureAwait(false);

        // One at a time, like the SDK's storages: a conflict stops the batch at a known item.
        foreach (var (key, value) in changes)
        {
            ArgumentNullException.ThrowIfNull(value, nameof(changes));
            await WriteOneAsync(key, value, cancellationToken).ConfigureAwait(false);
        }

        var elapsed = timeProvider.GetElapsedTime(started);
        LogWrite(logger, changes.Count, elapsed.TotalMilliseconds);
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var started = timeProvider.GetTimestamp();

        await Task.WhenAll(keys.Distinct(StringComparer.Ordinal).Select(async key =>
        {
            try
            {
                await BlobFor(key).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // No container yet, so nothing to delete.
            }
        })).ConfigureAwait(false);

        var elapsed = timeProvider.GetElapsedTime(started);
        LogDelete(logger, keys.Length, elapsed.TotalMilliseconds);
    }

    private async Task<object?> ReadOneAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var download = await BlobFor(key).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            using var json = download.Value.Content.ToStream();
            var value = StateSerializer.Deserialize(json);
            if (value is IStoreItem item)
            {
                // The ETag of the very version downloaded, so a later write cannot skip a change.
                item.ETag = download.Value.Details.ETag.ToString();
            }

            return value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    private async Task WriteOneAsync(string key, object value, CancellationToken cancellationToken)
    {
        var blob = BlobFor(key);
        var required = ETagConflict.RequiredETag(value);
        var options = new BlobUploadOptions
        {
            HttpHeaders = JsonHeaders,
            Conditions = required is null ? null : new BlobRequestConditions { IfMatch = new ETag(required) },
        };

        var content = BinaryData.FromBytes(StateSerializer.Serialize(value));
        try
        {
            await blob.UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (required is null && ex.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            // The container went away after it was created (deleted by hand, or an emulator restarted
            // empty): create it again rather than fail every write until the process restarts.
            LogContainerRecreated(logger, container.Name);
            await EnsureContainerAsync(containerLost: true, cancellationToken).ConfigureAwait(false);
            await blob.UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (required is not null && ex.Status is 412 or 404)
        {
            // 404: the item (or its whole container) is gone, so the ETag the caller holds is stale too.
            LogConflict(logger, KeyHash(blob.Name));
            throw ETagConflict.Exception(ex);
        }
    }

    private BlobClient BlobFor(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return container.GetBlobClient(pseudonymizer.ForStateKey(key));
    }

    private Task EnsureContainerAsync(bool containerLost, CancellationToken cancellationToken) =>
        _containerCreation.EnsureAsync(containerLost, cancellationToken);

    private static string KeyHash(string blobName) => blobName[..12];

    [LoggerMessage(Level = LogLevel.Debug, Message = "Blob state read: {Requested} keys, {Found} found, {ElapsedMs:0.0} ms")]
    private static partial void LogRead(ILogger logger, int requested, int found, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Blob state write: {Count} items, {ElapsedMs:0.0} ms")]
    private static partial void LogWrite(ILogger logger, int count, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Blob state delete: {Count} keys, {ElapsedMs:0.0} ms")]
    private static partial void LogDelete(ILogger logger, int count, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Blob state container {Container} was missing; creating it again")]
    private static partial void LogContainerRecreated(ILogger logger, string container);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Blob state ETag conflict on key hash {KeyHash}")]
    private static partial void LogConflict(ILogger logger, string keyHash);
}
