using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.EndToEnd;

/// <summary>
/// Sits between the bot and the Agents Playground's connector (the Playground is started with
/// <c>--service-url</c> pointing here): every request is passed on unchanged and its answer
/// passed back, and what the bot posted is written down. The Playground's web UI only shows
/// conversations its current user is in, so this is how a test reads the 1:1 chat the bot
/// started with another mock user, or the cards it posted in the group chat.
/// </summary>
public sealed class ConnectorTap : IAsyncDisposable
{
    private readonly ConcurrentQueue<BotPost> _posts = new();
    private readonly ConcurrentDictionary<string, string> _chatsByUser = new(StringComparer.Ordinal);
    private readonly HttpClient _forward = new();
    private WebApplication? _app;
    private Uri _connector = null!;

    public Uri Address { get; private set; } = null!;

    /// <summary>Everything the bot sent or updated, in order.</summary>
    public IReadOnlyList<BotPost> Posts => [.. _posts];

    /// <param name="connector">The Playground's connector, such as <c>http://127.0.0.1:56150/_connector/</c>.</param>
    public static async Task<ConnectorTap> StartAsync(Uri connector)
    {
        var tap = new ConnectorTap { _connector = connector };
        (tap._app, tap.Address) = await LoopbackServer.StartAsync(app => app.Run(tap.ForwardAsync));
        return tap;
    }

    /// <summary>The 1:1 chat the bot started with <paramref name="userId"/>, if it has.</summary>
    public string? ChatStartedWith(string userId) => _chatsByUser.GetValueOrDefault(userId);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _forward.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var request = context.Request;
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        var sent = body.ToArray();

        using var outgoing = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(_connector, request.Path.Value!.TrimStart('/') + request.QueryString));
        if (sent.Length > 0 || request.ContentLength is not null)
        {
            outgoing.Content = new ByteArrayContent(sent);
            if (request.ContentType is { } type)
            {
                outgoing.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
            }
        }

        if (request.Headers.Authorization.Count > 0)
        {
            outgoing.Headers.TryAddWithoutValidation("Authorization", request.Headers.Authorization.ToString());
        }

        using var answer = await _forward.SendAsync(outgoing, context.RequestAborted);
        var received = await answer.Content.ReadAsByteArrayAsync(context.RequestAborted);
        Record(request.Method, request.Path.Value!, sent, received, (int)answer.StatusCode);

        context.Response.StatusCode = (int)answer.StatusCode;
        if (answer.Content.Headers.ContentType is { } answerType)
        {
            context.Response.ContentType = answerType.ToString();
        }

        await context.Response.Body.WriteAsync(received, context.RequestAborted);
    }

    private void Record(string method, string path, byte[] sent, byte[] received, int status)
    {
        if (status >= 300 || sent.Length == 0)
        {
            return;
        }

        var segments = path.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        var activity = JsonNode.Parse(sent) as JsonObject;
        var answer = received.Length > 0 ? JsonNode.Parse(received) as JsonObject : null;

        // POST v3/conversations: a conversation started by the bot, usually a 1:1.
        if (method == "POST" && segments is ["v3", "conversations"])
        {
            if (activity?["members"]?.AsArray() is [{ } member] && (string?)member["id"] is { } user && (string?)answer?["id"] is { } chat)
            {
                _chatsByUser[user] = chat;
            }

            return;
        }

        // POST v3/conversations/{id}/activities[/{replyTo}], PUT v3/conversations/{id}/activities/{activityId}
        if (segments is ["v3", "conversations", var conversation, "activities", ..] && activity is not null)
        {
            var id = method == "PUT" && segments.Length > 4 ? segments[4] : (string?)answer?["id"];
            _posts.Enqueue(new BotPost(conversation, id, IsUpdate: method == "PUT", activity));
        }
    }
}
