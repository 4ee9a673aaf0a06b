using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>
/// A stand-in for the Bot Framework connector service on a loopback port: it records every
/// activity the bot sends, so tests exercise the SDK's real outgoing HTTP path.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JsonObject> _sent;

    private FakeConnector(WebApplication app, ConcurrentQueue<JsonObject> sent)
    {
        _app = app;
        _sent = sent;
    }

    public required Uri ServiceUrl { get; init; }

    /// <summary>Activities the bot sent or updated, in order.</summary>
    public IReadOnlyList<JsonObject> Sent => [.. _sent];

    /// <summary>Forgets what was sent so far, for a test that checks one exchange after another.</summary>
    public void Clear() => _sent.Clear();

    public static async Task<FakeConnector> StartAsync()
    {
        var sent = new ConcurrentQueue<JsonObject>();
        var (app, address) = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", (HttpRequest request) => RecordAsync(request, sent));
            app.MapPut("/v3/conversations/{conversationId}/activities/{**rest}", (HttpRequest request) => RecordAsync(request, sent));
        });
        return new FakeConnector(app, sent) { ServiceUrl = address };
    }

    private static async Task<IResult> RecordAsync(HttpRequest request, ConcurrentQueue<JsonObject> sent)
    {
        var body = await JsonNode.ParseAsync(request.Body);
        sent.Enqueue(body!.AsObject());
        return Results.Json(new { id = Guid.NewGuid().ToString() });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
