using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Privacy;

namespace SupervisionBot.Bot.Storage;

internal static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="ISessionStore"/> as a singleton: Azure Blob Storage when
    /// <c>Storage:ConnectionString</c> or <c>Storage:AccountUrl</c> is set, otherwise the local
    /// folder in <c>Storage:LocalFolder</c>. Also registers the pseudonyms that name stored items
    /// (<see cref="PseudonymServiceCollectionExtensions.AddPseudonyms"/>). Both sets of options are
    /// validated at start-up, and the backend in use is logged once when the host starts.
    /// </summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddPseudonyms(configuration);
        services.TryAddSingleton(TimeProvider.System);

        var configured = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (configured.UsesBlobStorage)
        {
            services.TryAddSingleton(CreateBlobServiceClient);
        }

        services.TryAddSingleton(CreateStore);
        services.AddHostedService<StorageStartupLog>();
        services.AddHostedService<LegacyStateMigration>();
        return services;
    }

    /// <summary>Binds and validates <see cref="StorageOptions"/> once, however many registrations need them.</summary>
    internal static IServiceCollection AddStorageOptions(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(descriptor => descriptor.ImplementationType == typeof(StorageOptionsValidator)))
        {
            return services;
        }

        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .PostConfigure<IHostEnvironment>((options, environment) =>
                options.LocalFolder = Path.GetFullPath(
                    string.IsNullOrWhiteSpace(options.LocalFolder) ? ".data" : options.LocalFolder,
                    environment.ContentRootPath))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        return services;
    }

    private static BlobServiceClient CreateBlobServiceClient(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        return string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new BlobServiceClient(new Uri(options.AccountUrl!), new DefaultAzureCredential(), ClientOptions())
            : new BlobServiceClient(options.ConnectionString, ClientOptions());
    }

    /// <summary>
    /// State is read and written inside a turn, and Teams gives a bot about 15 seconds to answer,
    /// so an unreachable account must fail within the turn rather than after the SDK's defaults
    /// (100-second tries, backing off from 0.8 seconds).
    /// </summary>
    internal static BlobClientOptions ClientOptions()
    {
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(4);
        return options;
    }

    private static ISessionStore CreateStore(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var pseudonymizer = services.GetRequiredService<Pseudonymizer>();
        var timeProvider = services.GetRequiredService<TimeProvider>();
        var loggers = services.GetRequiredService<ILoggerFactory>();

        if (options.UsesBlobStorage)
        {
            var client = services.GetService<BlobServiceClient>()
                ?? throw new InvalidOperationException(
                    $"{StorageOptions.SectionName} names blob storage but no BlobServiceClient is registered: " +
                    "the configuration changed after AddBotStorage ran.");
            return new BlobSessionStore(
                client.GetBlobContainerClient(options.Containers.State),
                pseudonymizer,
                timeProvider,
                loggers.CreateLogger<BlobSessionStore>());
        }

        return new LocalFolderSessionStore(
            Path.Combine(options.LocalFolder, options.Containers.State),
            pseudonymizer,
            timeProvider,
            loggers.CreateLogger<LocalFolderSessionStore>());
    }
}
