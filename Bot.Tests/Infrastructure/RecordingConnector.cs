using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>
/// A connector on a loopback port that records each request's Authorization header and arrival
/// time, and can be told to refuse the next requests with given status codes (a 429 carries
/// <c>Retry-After: 1</c>), for tests of tokens and retries.
/// </summary>
public sealed class RecordingConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Attempt> _attempts = new();
    private readonly ConcurrentQueue<int> _refusals = new();

    private RecordingConnector(WebApplication app, Uri serviceUrl)
    {
        _app = app;
        ServiceUrl = serviceUrl;
    }

    public Uri ServiceUrl { get; }

    /// <summary>Every request, in order, including refused ones.</summary>
    public IReadOnlyList<Attempt> Attempts => [.. _attempts];

    public static async Task<RecordingConnector> StartAsync()
    {
        RecordingConnector? connector = null;
        var (app, address) = await LoopbackServer.StartAsync(app =>
            app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", (HttpRequest request) => connector!.Receive(request)));
        connector = new RecordingConnector(app, address);
        return connector;
    }

    /// <summary>The next requests are answered with these status codes, in order, then normally again.</summary>
    public void Refuse(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _refusals.Enqueue(status);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private IResult Receive(HttpRequest request)
    {
        var refused = _refusals.TryDequeue(out var status) ? status : (int?)null;
        _attempts.Enqueue(new Attempt(request.Headers.Authorization.ToString(), TimeProvider.System.GetTimestamp(), refused));
        if (refused is { } code)
        {
            if (code == StatusCodes.Status429TooManyRequests)
            {
                request.HttpContext.Response.Headers.RetryAfter = "1";
            }

            return Results.StatusCode(code);
        }

        return Results.Json(new { id = Guid.NewGuid().ToString() });
    }

    /// <summary>One request: its Authorization header, when it arrived (a timestamp), and the status it was refused with, if any.</summary>
    public sealed record Attempt(string Authorization, long Timestamp, int? RefusedWith);
}
