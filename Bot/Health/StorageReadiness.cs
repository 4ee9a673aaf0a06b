using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Health;

/// <summary>
/// Whether the storage the bot keeps everything in answers now: one small authenticated request
/// to the archive's container (blob mode), or a write and delete in the local folder.
/// </summary>
internal sealed partial class StorageReadiness(
    IOptions<StorageOptions> storage,
    IOptions<ReflectionArchiveOptions> archive,
    IServiceProvider services,
    ILogger<StorageReadiness> logger)
{
    internal static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            if (storage.Value.UsesBlobStorage)
            {
                // Reachable and authorised is what counts; a container not created yet is fine.
                var client = services.GetRequiredService<BlobServiceClient>();
                await client.GetBlobContainerClient(archive.Value.Reflections).ExistsAsync(timeout.Token);
            }
            else
            {
                var folder = Directory.CreateDirectory(storage.Value.LocalFolder).FullName;
                var probe = Path.Combine(folder, $".ready-{Guid.NewGuid():N}");
                await File.WriteAllBytesAsync(probe, [], timeout.Token);
                File.Delete(probe);
            }

            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogNotReady(logger, exception.GetType().Name);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not ready: storage did not answer ({Reason})")]
    private static partial void LogNotReady(ILogger logger, string reason);
}
