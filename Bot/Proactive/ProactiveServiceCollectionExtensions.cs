using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Coordination;
using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Proactive;

internal static class ProactiveServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="IProactiveMessenger"/>: the outbox (in the coordination container or folder, beside
    /// the leases), the connector through the bot's adapter, and the background retrier. Call after
    /// <see cref="CoordinationServiceCollectionExtensions.AddCoordination"/>.
    /// </summary>
    public static IServiceCollection AddProactiveMessages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProactiveOutbox(configuration);
        services.AddSingleton<ProactiveConnector>();
        services.AddSingleton<ProactiveMessenger>();
        services.AddSingleton<IProactiveMessenger>(sp => sp.GetRequiredService<ProactiveMessenger>());
        services.AddHostedService<ProactiveRetrier>();
        return services;
    }

    /// <summary>The outbox alone, with its pruning and erasure: for a command that sends nothing (the operator's forget-therapist).</summary>
    public static IServiceCollection AddProactiveOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProactiveOptions>()
            .Bind(configuration.GetSection(ProactiveOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IProactiveOutbox>(sp =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var container = sp.GetRequiredService<IOptions<CoordinationOptions>>().Value.Coordination;
            return sp.GetService<BlobServiceClient>() is { } client && storage.UsesBlobStorage
                ? new BlobProactiveOutbox(client.GetBlobContainerClient(container))
                : new LocalFolderProactiveOutbox(Path.Combine(storage.LocalFolder, container));
        });
        services.AddSingleton<OutboxPruner>();
        services.AddSingleton<OutboxErasure>();
        return services;
    }
}
