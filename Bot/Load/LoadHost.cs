using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using SupervisionBot.Bot.Hosting;

namespace SupervisionBot.Bot.Load;

/// <summary>
/// The real bot on Kestrel (Development, local-folder storage in a fresh temporary folder, no
/// app id) plus a connector stand-in on loopback that keeps only the last card sent to each
/// check-in's conversation, lists a few members for any conversation and starts 1:1 chats, for
/// the fuzz and soak commands. Both run in this process.
/// </summary>
internal sealed class LoadHost : IAsyncDisposable
{
    private const string JourneyConversations = "a:journey-";

    private readonly WebApplication _bot;
    private readonly WebApplication _connector;
    private readonly DirectoryInfo _folder;
    private readonly ConcurrentDictionary<string, JsonObject> _lastCards;

    private LoadHost(WebApplication bot, WebApplication connector, DirectoryInfo folder, ConcurrentDictionary<string, JsonObject> lastCards, LoadTarget target)
    {
        (_bot, _connector, _folder, _lastCards, Target) = (bot, connector, folder, lastCards, target);
    }

    public LoadTarget Target { get; }

    /// <summary>Conversations the connector stand-in has heard of: its memory, kept as small as the load allows.</summary>
    public int Conversations => _lastCards.Count;

    public static async Task<LoadHost> StartAsync(CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("supervisionbot-load-");
        var lastCards = new ConcurrentDictionary<string, JsonObject>(StringComparer.Ordinal);
        var connector = await StartConnectorAsync(lastCards, cancellationToken).ConfigureAwait(false);
        var bot = BotApplication.Create(
        [
            "--environment", "Development",
            "--contentRoot", AppContext.BaseDirectory,
            "--urls", "http://127.0.0.1:0",
            $"--Storage:LocalFolder={folder.FullName}",
            "--MicrosoftAppId=",
            "--MicrosoftAppPassword=",
            // Refusals and undeliverable replies are the point of the run; only real failures are shown.
            "--Logging:LogLevel:Default=Error",
            "--Logging:LogLevel:Microsoft.Bot=None",
            // The connector client's retry pipeline logs each exhausted retry against an unreachable
            // serviceUrl at Error, with a stack trace: thousands of lines that would slow the load
            // and bury the failures that matter.
            "--Logging:LogLevel:Polly=None",
        ]);
        await bot.StartAsync(cancellationToken).ConfigureAwait(false);
        var botAddress = new Uri(bot.Urls.First().TrimEnd('/') + "/");
        var client = new HttpClient { BaseAddress = botAddress, Timeout = TimeSpan.FromSeconds(60) };
        var closed = new Uri("http://127.0.0.1:9/");
        var target = new LoadTarget(client, new Uri(connector.Urls.First().TrimEnd('/') + "/"), [closed, botAddress], id => lastCards.TryRemove(id, out var card) ? card : null);
        return new LoadHost(bot, connector, folder, lastCards, target);
    }

    public async ValueTask DisposeAsync()
    {
        Target.Bot.Dispose();
        await _bot.StopAsync().ConfigureAwait(false);
        await _bot.DisposeAsync().ConfigureAwait(false);
        await _connector.StopAsync().ConfigureAwait(false);
        await _connector.DisposeAsync().ConfigureAwait(false);
        _folder.Delete(recursive: true);
    }

    private static async Task<WebApplication> StartConnectorAsync(ConcurrentDictionary<string, JsonObject> lastCards, CancellationToken cancellationToken)
    {
        // No configuration file watcher: its content root may hold the folder the bot writes to.
        var builder = WebApplication.CreateSlimBuilder(["--" + BotApplication.NoConfigurationReload]);
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapMethods("/v3/conversations/{conversationId}/activities/{**rest}", [HttpMethods.Post, HttpMethods.Put], async (string conversationId, HttpRequest request) =>
        {
            var body = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false);
            var card = (body?["attachments"] as JsonArray)?.OfType<JsonObject>()
                .LastOrDefault(a => (string?)a["contentType"] == "application/vnd.microsoft.card.adaptive")?["content"] as JsonObject;
            // Only check-ins read their cards back; keeping every conversation's would grow without end.
            var conversation = Uri.UnescapeDataString(conversationId);
            if (card is not null && conversation.StartsWith(JourneyConversations, StringComparison.Ordinal))
            {
                lastCards[conversation] = (JsonObject)card.DeepClone();
            }

            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });

        // Teams' member API, which setup in a group reads: the same few people in every conversation.
        app.MapGet("/v3/conversations/{conversationId}/pagedmembers", () => Results.Json(new
        {
            members = Enumerable.Range(1, 4).Select(i => new { id = $"29:load-member-{i}", name = $"Member {i}", aadObjectId = $"aad-load-member-{i}" }),
        }));

        // A 1:1 the bot starts with someone, as it does for notes it sends unasked.
        app.MapPost("/v3/conversations", () => Results.Json(new { id = "a:started-" + Guid.NewGuid().ToString("N") }));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return app;
    }
}
