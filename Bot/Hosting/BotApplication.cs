using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Coordination;
using SupervisionBot.Bot.Endpoints;
using SupervisionBot.Bot.Health;
using SupervisionBot.Bot.MyData;
using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Bot.Scheduling;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Bot.Telemetry;

namespace SupervisionBot.Bot.Hosting;

/// <summary>The web host, as a list of concerns. Program runs it; tests start it directly.</summary>
internal static class BotApplication
{
    /// <summary>The host setting that stops the configuration files being watched for changes.</summary>
    internal const string NoConfigurationReload = "hostBuilder:reloadConfigOnChange=false";

    /// <param name="args">Command-line settings, as for the bot itself.</param>
    /// <param name="decorate">
    /// Runs after every registration, so a benchmark can wrap a registered service (to count
    /// storage calls) without the host knowing about it. The bot itself passes nothing.
    /// </param>
    public static WebApplication Create(string[] args, Action<IServiceCollection>? decorate = null)
    {
        // Settings are read once, at start, where every option is validated; nothing reads them
        // again. So no configuration file watcher: on Linux it watches the whole content root,
        // and the default local data folder is inside it, so every state write woke it.
        var builder = WebApplication.CreateBuilder([.. args, "--" + NoConfigurationReload]);

        // The cap holds for every transfer encoding: a chunked body has no Content-Length for
        // the endpoint to check, so Kestrel stops reading it at the cap (413).
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = BotEndpoints.MaxRequestBytes);

        builder.Services.AddBotOptions(builder.Configuration);
        builder.Services.AddBotStorage(builder.Configuration);
        builder.Services.AddReflectionArchive(builder.Configuration);
        builder.Services.AddCoordination(builder.Configuration);
        builder.Services.AddProactiveMessages(builder.Configuration);
        builder.Services.AddReflections(builder.Configuration);
        builder.Services.AddMyData(builder.Configuration);
        builder.Services.AddTeamsBot();
        builder.Services.AddSupervisionSchedule();
        builder.Services.AddBotTelemetry(builder.Configuration);
        builder.Services.AddReadiness();
        decorate?.Invoke(builder.Services);

        var app = builder.Build();

        app.LogAuthenticationMode();
        app.MapBotEndpoints();
        app.MapExportEndpoints();
        app.MapReadinessEndpoint();
        return app;
    }
}
