using Azure.Storage.Blobs;

namespace SupervisionBot.Bot.Archive;

/// <summary>
/// Says once, at start-up, where reflections are archived, and builds the archive then rather than
/// on the first confirmation, so a bad folder stops start-up. Logs the container and host, never
/// the connection string.
/// </summary>
internal sealed partial class ArchiveStartupLog(
    IReflectionArchive archive,
    IServiceProvider services,
    ILogger<ArchiveStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        switch (archive)
        {
            case BlobReflectionArchive blob:
                var host = services.GetRequiredService<BlobServiceClient>().Uri.Host;
                LogBlob(logger, blob.ContainerName, host);
                break;
            case LocalFolderReflectionArchive local:
                LogLocal(logger, local.Folder);
                break;
            default:
                LogOther(logger, archive.GetType().Name);
                break;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Reflection archive: Azure Blob container {Container} on {Host}")]
    private static partial void LogBlob(ILogger logger, string container, string host);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reflection archive: local folder {Folder}")]
    private static partial void LogLocal(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reflection archive: {Archive}")]
    private static partial void LogOther(ILogger logger, string archive);
}
