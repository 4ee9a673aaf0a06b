using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>A minimal generic host with AddBotStorage, so start-up validation runs exactly as in the bot.</summary>
internal static class TestHosts
{
    public static IHost Build(
        string contentRoot,
        string environment,
        IReadOnlyDictionary<string, string?> settings,
        CapturedLogs? logs = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = contentRoot,
            EnvironmentName = environment,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        builder.Services.AddBotStorage(builder.Configuration);
        return builder.Build();
    }
}
