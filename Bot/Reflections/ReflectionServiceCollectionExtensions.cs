using Microsoft.Extensions.Options;
using SupervisionBot.Anonymisation;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Reflections;

internal static class ReflectionServiceCollectionExtensions
{
    /// <summary>The reflection engine, its flows, and the coordinator that stores open sessions.</summary>
    public static IServiceCollection AddReflections(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReflectionSettings>()
            .Bind(configuration.GetSection(ReflectionSettings.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ReflectionSettings>>().Value);
        services.AddSingleton(FlowCatalog.Standard);
        services.AddSingleton(sp => new ReflectionEngine(
            sp.GetRequiredService<FlowCatalog>(),
            new ReflectionEngineOptions { MaxAge = TimeSpan.FromDays(sp.GetRequiredService<ReflectionSettings>().ExpireAfterDays) }));
        services.AddSingleton<OpenReflectionStore>();
        services.AddSingleton(sp => new Anonymiser(new AnonymiserOptions { TimeProvider = sp.GetRequiredService<TimeProvider>() }));
        services.AddSingleton<SubmissionRedactor>();
        services.AddSingleton(new RedactionMemoryCache());
        services.AddSingleton<ReflectionCoordinator>();
        services.AddSingleton<PendingArchiveQueue>();
        services.AddHostedService<PendingArchiveRetrier>();
        return services;
    }
}
