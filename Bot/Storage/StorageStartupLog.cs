using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SupervisionBot.Bot.Storage;

/// <summary>
/// Says once, at start-up, where bot state lives, and builds the store then rather than on the
/// first turn, so a broken key file or folder stops start-up instead of the first conversation.
/// Logs the container and host, never the connection string.
/// </summary>
internal sealed partial class StorageStartupLog(
    ISessionStore store,
    IServiceProvider services,
    IOptions<StorageOptions> options,
    ILogger<StorageStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (store is BlobSessionStore)
        {
            var host = services.GetRequiredService<BlobServiceClient>().Uri.Host;
            var authentication = string.IsNullOrWhiteSpace(settings.ConnectionString) ? "managed identity" : "connection string";
            LogBlob(logger, settings.Containers.State, host, authentication);
        }
        else
        {
            var folder = Path.Combine(settings.LocalFolder, settings.Containers.State);
            LogLocal(logger, store.GetType().Name, folder);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Bot state storage: Azure Blob container {Container} on {Host}, authenticated by {Authentication}")]
    private static partial void LogBlob(ILogger logger, string container, string host, string authentication);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot state storage: {Store} in {Folder}")]
    private static partial void LogLocal(ILogger logger, string store, string folder);
}
