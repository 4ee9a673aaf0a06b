using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Archive;

internal static class ArchiveServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IReflectionArchive"/> as a singleton: Azure Blob Storage when
    /// <c>Storage:ConnectionString</c> or <c>Storage:AccountUrl</c> is set, otherwise the folder
    /// <c>reflections</c> under <c>Storage:LocalFolder</c>. The container (or folder) name is
    /// <c>Storage:Containers:Reflections</c>. Shares the validated <see cref="StorageOptions"/> and
    /// the <see cref="BlobServiceClient"/> with <see cref="StorageServiceCollectionExtensions.AddBotStorage"/>,
    /// in whichever order the two are called. The backend in use is logged once at start-up.
    /// </summary>
    public static IServiceCollection AddReflectionArchive(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddStorageOptions(configuration);
        services.AddOptions<ReflectionArchiveOptions>()
            .Bind(configuration.GetSection(ReflectionArchiveOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReflectionArchiveOptions>, ReflectionArchiveOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        var configured = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (configured.UsesBlobStorage)
        {
            // The same client AddBotStorage registers: whichever call comes first adds it, the other reuses it.
            services.TryAddSingleton(CreateBlobServiceClient);
        }

        services.TryAddSingleton(CreateArchive);
        services.AddHostedService<ArchiveStartupLog>();
        return services;
    }

    private static BlobServiceClient CreateBlobServiceClient(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        return string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new BlobServiceClient(new Uri(options.AccountUrl!), new DefaultAzureCredential(), StorageServiceCollectionExtensions.ClientOptions())
            : new BlobServiceClient(options.ConnectionString, StorageServiceCollectionExtensions.ClientOptions());
    }

    private static IReflectionArchive CreateArchive(IServiceProvider services)
    {
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var container = services.GetRequiredService<IOptions<ReflectionArchiveOptions>>().Value.Reflections;
        var timeProvider = services.GetRequiredService<TimeProvider>();
        var loggers = services.GetRequiredService<ILoggerFactory>();

        if (storage.UsesBlobStorage)
        {
            var client = services.GetService<BlobServiceClient>()
                ?? throw new InvalidOperationException(
                    $"{StorageOptions.SectionName} names blob storage but no BlobServiceClient is registered: " +
                    "the configuration changed after AddReflectionArchive ran.");
            return new BlobReflectionArchive(
                client.GetBlobContainerClient(container), timeProvider, loggers.CreateLogger<BlobReflectionArchive>());
        }

        return new LocalFolderReflectionArchive(
            Path.Combine(storage.LocalFolder, container), timeProvider, loggers.CreateLogger<LocalFolderReflectionArchive>());
    }
}
