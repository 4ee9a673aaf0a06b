using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using SupervisionBot.Bot.MyData;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Coordination;

internal static class CoordinationServiceCollectionExtensions
{
    /// <summary>
    /// Cross-instance coordination: <see cref="IWorkLeases"/>, the shared
    /// <see cref="IExportLinkStore"/> and the notes of reflections waiting to be archived
    /// (<see cref="IPendingArchiveMarkers"/>), in the <c>Storage:Containers:Coordination</c> container (or
    /// folder). Blob mode uses the <see cref="BlobServiceClient"/> the state store and archive
    /// share, so call this after them.
    /// </summary>
    public static IServiceCollection AddCoordination(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddStorageOptions(configuration);
        services.AddOptions<CoordinationOptions>().Bind(configuration.GetSection(CoordinationOptions.SectionName));
        services.AddSingleton<IWorkLeases>(sp => sp.GetService<BlobServiceClient>() is { } client && UsesBlob(sp)
            ? new BlobWorkLeases(client.GetBlobContainerClient(Container(sp)), sp.GetRequiredService<ILogger<BlobWorkLeases>>())
            : new LocalFolderWorkLeases(Folder(sp)));
        services.AddSingleton<IExportLinkStore>(sp => sp.GetService<BlobServiceClient>() is { } client && UsesBlob(sp)
            ? new BlobExportLinkStore(client.GetBlobContainerClient(Container(sp)))
            : new LocalFolderExportLinkStore(Folder(sp)));
        services.AddSingleton<IPendingArchiveMarkers>(sp => sp.GetService<BlobServiceClient>() is { } client && UsesBlob(sp)
            ? new BlobPendingArchiveMarkers(client.GetBlobContainerClient(Container(sp)))
            : new LocalFolderPendingArchiveMarkers(Path.Combine(Folder(sp), "pending-archive")));
        return services;
    }

    private static bool UsesBlob(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.UsesBlobStorage;

    private static string Container(IServiceProvider services) =>
        services.GetRequiredService<IOptions<CoordinationOptions>>().Value.Coordination;

    private static string Folder(IServiceProvider services) =>
        Path.Combine(services.GetRequiredService<IOptions<StorageOptions>>().Value.LocalFolder, Container(services));
}
