using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SupervisionBot.Bot.Hosting;

namespace SupervisionBot.Bot.Benchmark;

/// <summary>
/// A Bot Framework connector on a loopback port, for the benchmark: it answers sends and
/// updates as the real one does, keeps the last card sent to each conversation (so a simulated
/// therapist can press its buttons), counts proactive messages by key, and can refuse a share
/// of requests with 429 or 503 to exercise the bot's retries.
/// </summary>
internal sealed class ConnectorStub : IAsyncDisposable
{
    /// <summary>Proactive benchmark messages start with this, followed by their key.</summary>
    public const string ProactivePrefix = "bench-proactive:";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, JsonObject> _lastCards = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _proactive = new(StringComparer.Ordinal);
    private long _received;
    private long _proactiveReceived;
    private long _refused;

    private ConnectorStub(WebApplication app, Uri serviceUrl)
    {
        _app = app;
        ServiceUrl = serviceUrl;
    }

    public Uri ServiceUrl { get; }

    /// <summary>When set, one proactive message in this many is refused (alternately 429 with Retry-After, and 503).</summary>
    public int RefuseOneIn { get; set; }

    /// <summary>Activities received (sends and updates), including refused ones.</summary>
    public long Received => Interlocked.Read(ref _received);

    public long Refused => Interlocked.Read(ref _refused);

    public IReadOnlyDictionary<string, int> ProactiveByKey => _proactive;

    public static async Task<ConnectorStub> StartAsync()
    {
        // No configuration file watcher: its content root may hold the folder the bot writes to.
        var builder = WebApplication.CreateSlimBuilder(["--" + BotApplication.NoConfigurationReload]);
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        ConnectorStub? stub = null;
        app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", (string conversationId, HttpRequest request) => stub!.ReceiveAsync(conversationId, request));
        app.MapPut("/v3/conversations/{conversationId}/activities/{**rest}", (string conversationId, HttpRequest request) => stub!.ReceiveAsync(conversationId, request));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        stub = new ConnectorStub(app, new Uri(address.TrimEnd('/') + "/"));
        return stub;
    }

    /// <summary>The last Adaptive Card sent to the conversation as a new message, if any.</summary>
    public JsonObject? LastCard(string conversationId) => _lastCards.GetValueOrDefault(conversationId);

    public void ClearProactive() => _proactive.Clear();

    /// <summary>Forgets the conversation's last card, so the next one read is certainly new.</summary>
    public void ForgetCard(string conversationId) => _lastCards.TryRemove(conversationId, out _);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync().ConfigureAwait(false);

    private async Task<IResult> ReceiveAsync(string conversationId, HttpRequest request)
    {
        Interlocked.Increment(ref _received);
        var activity = (await JsonNode.ParseAsync(request.Body).ConfigureAwait(false))?.AsObject();
        if ((string?)activity?["text"] is { } text && text.StartsWith(ProactivePrefix, StringComparison.Ordinal))
        {
            var count = Interlocked.Increment(ref _proactiveReceived);
            if (RefuseOneIn > 0 && count % RefuseOneIn == 0)
            {
                Interlocked.Increment(ref _refused);
                if (count / RefuseOneIn % 2 == 0)
                {
                    request.HttpContext.Response.Headers.RetryAfter = "1";
                    return Results.StatusCode(StatusCodes.Status429TooManyRequests);
                }

                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            _proactive.AddOrUpdate(text[ProactivePrefix.Length..], 1, (_, n) => n + 1);
        }
        else if (activity?["attachments"]?.AsArray().FirstOrDefault()?["content"] is JsonObject card)
        {
            _lastCards[conversationId] = card;
        }

        return Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }
}
