using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>
/// A stand-in for the Bot Framework connector service on a loopback port: it records every
/// activity the bot sends, so tests exercise the SDK's real outgoing HTTP path. It also creates
/// 1:1 conversations (<c>POST /v3/conversations</c>), and can be told to fail: the next sends with
/// a status (and Retry-After), or every 1:1 with a person who has not installed the app (403).
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly State _state;

    private FakeConnector(WebApplication app, State state)
    {
        _app = app;
        _state = state;
    }

    public required Uri ServiceUrl { get; init; }

    /// <summary>
    /// Who the member API says is in every conversation (as Teams' <c>pagedmembers</c> lists them:
    /// id, name, aadObjectId), served in pages of the size asked for. Empty until a test sets it.
    /// </summary>
    public IReadOnlyList<JsonObject> Members
    {
        get => _state.Members.People;
        set => _state.Members.People = value;
    }

    /// <summary>When set, the member API answers every page with this status instead of the members.</summary>
    public int? MembersFailWith
    {
        get => _state.Members.FailWith;
        set => _state.Members.FailWith = value;
    }

    /// <summary>How many member pages the bot asked for.</summary>
    public int MemberPagesServed => _state.Members.PagesServed;

    /// <summary>Activities the bot sent or updated, in order.</summary>
    public IReadOnlyList<JsonObject> Sent => [.. _state.Sent];

    /// <summary>Each send or update that was accepted: the conversation, the activity id (for an update, the one replaced) and the body.</summary>
    public IReadOnlyList<Delivery> Deliveries => [.. _state.Deliveries];

    /// <summary>The members of each 1:1 conversation the bot asked to create, by Teams user id.</summary>
    public IReadOnlyList<string> CreatedWith => [.. _state.Created];

    /// <summary>Every request for a send that reached the connector, failed or not.</summary>
    public int SendRequests => _state.SendRequests;

    /// <summary>Forgets what was sent so far, for a test that checks one exchange after another.</summary>
    public void Clear()
    {
        _state.Sent.Clear();
        _state.Deliveries.Clear();
    }

    /// <summary>The next <paramref name="times"/> sends answer <paramref name="status"/>, with Retry-After if given.</summary>
    public void FailNextSends(int status, int times = 1, int? retryAfterSeconds = null)
    {
        for (var i = 0; i < times; i++)
        {
            _state.Failures.Enqueue((status, retryAfterSeconds));
        }
    }

    /// <summary>Creating a 1:1 with this person answers 403, as Teams does when they have not installed the app.</summary>
    public void WithoutTheApp(string teamsUserId) => _state.WithoutApp[teamsUserId] = 0;

    public static async Task<FakeConnector> StartAsync()
    {
        var state = new State();
        var (app, address) = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/v3/conversations", (HttpRequest request) => CreateAsync(request, state));
            app.MapGet("/v3/conversations/{conversationId}/pagedmembers", (HttpRequest request) => state.Members.Page(request));
            app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", (HttpRequest request, string conversationId, string? rest) => RecordAsync(request, state, conversationId, rest));
            app.MapPut("/v3/conversations/{conversationId}/activities/{**rest}", (HttpRequest request, string conversationId, string? rest) => RecordAsync(request, state, conversationId, rest));
        });
        return new FakeConnector(app, state) { ServiceUrl = address };
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, State state)
    {
        var body = await JsonNode.ParseAsync(request.Body);
        var member = (string)body!["members"]![0]!["id"]!;
        if (state.WithoutApp.ContainsKey(member))
        {
            return Results.Json(new { error = new { code = "Forbidden", message = "The bot is not installed for this user." } }, statusCode: 403);
        }

        state.Created.Enqueue(member);
        return Results.Json(new { id = "a:personal-" + member });
    }

    private static async Task<IResult> RecordAsync(HttpRequest request, State state, string conversationId, string? rest)
    {
        Interlocked.Increment(ref state.SendRequests);
        if (state.Failures.TryDequeue(out var failure))
        {
            if (failure.RetryAfter is { } seconds)
            {
                request.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Results.Json(new { error = new { code = "Failed", message = "Injected failure." } }, statusCode: failure.Status);
        }

        var body = await JsonNode.ParseAsync(request.Body);
        state.Sent.Enqueue(body!.AsObject());
        var id = HttpMethods.IsPut(request.Method) ? rest ?? string.Empty : Guid.NewGuid().ToString();
        state.Deliveries.Enqueue(new Delivery(conversationId, id, HttpMethods.IsPut(request.Method), body.AsObject()));
        return Results.Json(new { id });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private sealed class MemberList
    {
        private int _pagesServed;

        public IReadOnlyList<JsonObject> People { get; set; } = [];

        public int PagesServed => _pagesServed;

        public int? FailWith { get; set; }

        public IResult Page(HttpRequest request)
        {
            Interlocked.Increment(ref _pagesServed);
            if (FailWith is { } status)
            {
                return Results.StatusCode(status);
            }

            var size = int.TryParse(request.Query["pageSize"], out var asked) && asked > 0 ? asked : 200;
            var from = int.TryParse(request.Query["continuationToken"], out var token) ? token : 0;
            var page = People.Skip(from).Take(size).Select(p => p.DeepClone()).ToArray();
            var next = from + size < People.Count ? (from + size).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            return Results.Json(new JsonObject { ["members"] = new JsonArray(page), ["continuationToken"] = next });
        }
    }

    /// <summary>One accepted send (or, with <paramref name="IsUpdate"/>, update) and the id it has.</summary>
    public sealed record Delivery(string ConversationId, string ActivityId, bool IsUpdate, JsonObject Body);

    private sealed class State
    {
        public MemberList Members { get; } = new();

        public readonly ConcurrentQueue<JsonObject> Sent = new();
        public readonly ConcurrentQueue<Delivery> Deliveries = new();
        public readonly ConcurrentQueue<string> Created = new();
        public readonly ConcurrentQueue<(int Status, int? RetryAfter)> Failures = new();
        public readonly ConcurrentDictionary<string, byte> WithoutApp = new(StringComparer.Ordinal);
        public int SendRequests;
    }
}
