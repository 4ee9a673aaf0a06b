using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>
/// A stand-in for the Bot Framework connector service on a loopback port: it records every
/// activity the bot sends, so tests exercise the SDK's real outgoing HTTP path.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JsonObject> _sent = new();

    private FakeConnector(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Activities the bot sent or updated, in order.</summary>
    public IReadOnlyList<JsonObject> Sent => [.. _sent];

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", connector.RecordAsync);
        app.MapPut("/v3/conversations/{conversationId}/activities/{**rest}", connector.RecordAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return connector;
    }

    private async Task<IResult> RecordAsync(HttpRequest request)
    {
        var body = await JsonNode.ParseAsync(request.Body);
        _sent.Enqueue(body!.AsObject());
        return Results.Json(new { id = Guid.NewGuid().ToString() });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
