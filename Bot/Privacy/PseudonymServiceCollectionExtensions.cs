using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Privacy;

internal static class PseudonymServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="Pseudonymizer"/> and its key (section <c>Privacy</c>), validated at start-up.
    /// Also registers the storage options, because whether a development key may be generated,
    /// and where, depends on them. <see cref="StorageServiceCollectionExtensions.AddBotStorage"/> calls this.
    /// </summary>
    public static IServiceCollection AddPseudonyms(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddStorageOptions(configuration);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(Pseudonymizer)))
        {
            return services;
        }

        services.AddOptions<PseudonymOptions>()
            .Bind(configuration.GetSection(PseudonymOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<PseudonymOptions>, DevelopmentPseudonymKey>();
        services.AddSingleton<IValidateOptions<PseudonymOptions>, PseudonymOptionsValidator>();
        services.TryAddSingleton<Pseudonymizer>();
        return services;
    }
}
