using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Coordination;

/// <summary>
/// Leases and done-markers in a blob container. A lease is a blob lease (the service allows one
/// holder at a time) on <c>leases/{work}</c>, taken for <see cref="LeaseDuration"/> and renewed
/// at a third of it, so a crashed holder's lease lapses within a minute. A done-marker is
/// <c>done/{work}/{period}</c>, written with <c>If-None-Match: *</c>: only one writer succeeds.
/// </summary>
internal sealed partial class BlobWorkLeases(BlobContainerClient container, ILogger<BlobWorkLeases> logger) : IWorkLeases
{
    internal static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(60);

    private readonly BlobContainerCreation _containerCreation = new(container);

    public async Task<IAsyncDisposable?> TryAcquireAsync(string work, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient($"{WorkNames.LeasesFolder}/{WorkNames.Checked(work, nameof(work))}");
        await _containerCreation.EnsureAsync(containerLost: false, cancellationToken).ConfigureAwait(false);
        await CreateIfMissingAsync(blob, cancellationToken).ConfigureAwait(false);

        var lease = blob.GetBlobLeaseClient();
        try
        {
            await lease.AcquireAsync(LeaseDuration, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return null;
        }

        return new HeldLease(lease, work, logger);
    }

    public async Task<bool> IsDoneAsync(string work, string period, CancellationToken cancellationToken)
    {
        try
        {
            return await container.GetBlobClient(DoneName(work, period)).ExistsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            return false;
        }
    }

    public async Task<bool> MarkDoneAsync(string work, string period, CancellationToken cancellationToken)
    {
        await _containerCreation.EnsureAsync(containerLost: false, cancellationToken).ConfigureAwait(false);
        try
        {
            await container.GetBlobClient(DoneName(work, period)).UploadAsync(
                BinaryData.Empty,
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } },
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    private static string DoneName(string work, string period) =>
        $"{WorkNames.DoneFolder}/{WorkNames.Checked(work, nameof(work))}/{WorkNames.Checked(period, nameof(period))}";

    private static async Task CreateIfMissingAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            await blob.UploadAsync(
                BinaryData.Empty,
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } },
                cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Already there (412 when it exists and is leased): exactly what is wanted.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the lease on {Work} ({Reason}); another instance may take it over")]
    private static partial void LogRenewFailed(ILogger logger, string work, string reason);

    /// <summary>A held lease, renewed in the background until disposed.</summary>
    private sealed class HeldLease : IAsyncDisposable
    {
        private readonly BlobLeaseClient _lease;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _renewal;

        public HeldLease(BlobLeaseClient lease, string work, ILogger logger)
        {
            _lease = lease;
            _renewal = RenewAsync(work, logger);
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            await _renewal.ConfigureAwait(false);
            _stop.Dispose();
            try
            {
                await _lease.ReleaseAsync().ConfigureAwait(false);
            }
            catch (RequestFailedException)
            {
                // Already lapsed or taken over: it expires on its own either way.
            }
        }

        private async Task RenewAsync(string work, ILogger logger)
        {
            try
            {
                while (true)
                {
                    await Task.Delay(LeaseDuration / 3, _stop.Token).ConfigureAwait(false);
                    try
                    {
                        await _lease.RenewAsync(cancellationToken: _stop.Token).ConfigureAwait(false);
                    }
                    catch (RequestFailedException ex)
                    {
                        LogRenewFailed(logger, work, ex.ErrorCode ?? ex.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Disposed: stop renewing.
            }
        }
    }
}
