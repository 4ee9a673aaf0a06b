using SupervisionBot.Bot.Hosting;

namespace SupervisionBot.Bot.MyData;

internal static class MyDataServiceCollectionExtensions
{
    /// <summary>Export links and the retention sweep.</summary>
    public static IServiceCollection AddMyData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionSettings>()
            .Bind(configuration.GetSection(RetentionSettings.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ExportLinks>();
        services.AddSingleton<MyDataHandler>();
        services.AddSingleton<PersonErasure>();
        services.AddHostedService<RetentionSweeper>();
        services.AddSingleton<PublicAddress>();
        return services;
    }
}
