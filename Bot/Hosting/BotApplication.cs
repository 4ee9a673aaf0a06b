using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Coordination;
using SupervisionBot.Bot.Endpoints;
using SupervisionBot.Bot.Health;
using SupervisionBot.Bot.MyData;
using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Bot.Telemetry;

namespace SupervisionBot.Bot.Hosting;

/// <summary>The web host, as a list of concerns. Program runs it; tests start it directly.</summary>
internal static class BotApplication
{
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

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
        builder.Services.AddBotTelemetry(builder.Configuration);
        builder.Services.AddReadiness();

        var app = builder.Build();

        app.LogAuthenticationMode();
        app.MapBotEndpoints();
        app.MapExportEndpoints();
        app.MapReadinessEndpoint();
        return app;
    }
}
