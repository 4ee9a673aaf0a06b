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
    private readonly MemberList _members;

    private FakeConnector(WebApplication app, ConcurrentQueue<JsonObject> sent, MemberList members)
    {
        _app = app;
        _sent = sent;
        _members = members;
    }

    /// <summary>
    /// Who the member API says is in every conversation (as Teams' <c>pagedmembers</c> lists them:
    /// id, name, aadObjectId), served in pages of the size asked for. Empty until a test sets it.
    /// </summary>
    public IReadOnlyList<JsonObject> Members
    {
        get => _members.People;
        set => _members.People = value;
    }

    /// <summary>How many member pages the bot asked for.</summary>
    public int MemberPagesServed => _members.PagesServed;

    public required Uri ServiceUrl { get; init; }

    /// <summary>Activities the bot sent or updated, in order.</summary>
    public IReadOnlyList<JsonObject> Sent => [.. _sent];

    /// <summary>Forgets what was sent so far, for a test that checks one exchange after another.</summary>
    public void Clear() => _sent.Clear();

    public static async Task<FakeConnector> StartAsync()
    {
        var sent = new ConcurrentQueue<JsonObject>();
        var members = new MemberList();
        var (app, address) = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/v3/conversations/{conversationId}/pagedmembers", (HttpRequest request) => members.Page(request));
            app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", (HttpRequest request) => RecordAsync(request, sent));
            app.MapPut("/v3/conversations/{conversationId}/activities/{**rest}", (HttpRequest request) => RecordAsync(request, sent));
        });
        return new FakeConnector(app, sent, members) { ServiceUrl = address };
    }

    private static async Task<IResult> RecordAsync(HttpRequest request, ConcurrentQueue<JsonObject> sent)
    {
        var body = await JsonNode.ParseAsync(request.Body);
        sent.Enqueue(body!.AsObject());
        return Results.Json(new { id = Guid.NewGuid().ToString() });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private sealed class MemberList
    {
        private int _pagesServed;

        public IReadOnlyList<JsonObject> People { get; set; } = [];

        public int PagesServed => _pagesServed;

        public IResult Page(HttpRequest request)
        {
            Interlocked.Increment(ref _pagesServed);
            var size = int.TryParse(request.Query["pageSize"], out var asked) && asked > 0 ? asked : 200;
            var from = int.TryParse(request.Query["continuationToken"], out var token) ? token : 0;
            var page = People.Skip(from).Take(size).Select(p => p.DeepClone()).ToArray();
            var next = from + size < People.Count ? (from + size).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            return Results.Json(new JsonObject { ["members"] = new JsonArray(page), ["continuationToken"] = next });
        }
    }
}
