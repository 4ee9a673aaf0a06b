using System.Net;
using System.Text.Json.Nodes;
using SupervisionBot.Bot.Hosting;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Reflection;

namespace SupervisionBot.Bot.Tests.Bot.Endpoints;

/// <summary>
/// Issue 9 item 1: input the bot could never answer is refused at the edge with a 400 and a short
/// reason, before any turn runs; a reply that cannot be delivered ends the turn cleanly.
/// </summary>
public class BadActivityTests
{
    public static TheoryData<string, Action<JsonObject>> BadShapes() => new()
    {
        { "serviceUrl missing", a => a.Remove("serviceUrl") },
        { "serviceUrl empty", a => a["serviceUrl"] = string.Empty },
        { "serviceUrl malformed", a => a["serviceUrl"] = "http//:nope" },
        { "serviceUrl relative", a => a["serviceUrl"] = "/v3/conversations" },
        { "serviceUrl a number", a => a["serviceUrl"] = 42 },
        { "serviceUrl file:", a => a["serviceUrl"] = "file:///etc/passwd" },
        { "serviceUrl data:", a => a["serviceUrl"] = "data:text/plain,hello" },
        { "serviceUrl ftp:", a => a["serviceUrl"] = "ftp://127.0.0.1/" },
        { "serviceUrl javascript:", a => a["serviceUrl"] = "javascript:alert(1)" },
        { "serviceUrl off the allow-list", a => a["serviceUrl"] = "https://evil.example/" },
        { "serviceUrl twice under two casings", a => a["ServiceURL"] = "https://evil.example/" },
        { "conversation missing", a => a.Remove("conversation") },
        { "conversation empty", a => a["conversation"] = new JsonObject() },
        { "conversation not an object", a => a["conversation"] = "a:personal-1" },
        { "conversation id with NUL", a => a["conversation"]!["id"] = "a:per\0sonal" },
        { "conversation id with a lone surrogate", a => a["conversation"]!["id"] = "a:per\uD800sonal" },
        { "conversation id with a combining mark", a => a["conversation"]!["id"] = "a:perso\u0301nal" },
        { "conversation id non-ASCII", a => a["conversation"]!["id"] = "a:persönal" },
        { "conversation id with a space", a => a["conversation"]!["id"] = "a:per sonal" },
        { "conversation id 100k long", a => a["conversation"]!["id"] = "a:" + new string('x', 100_000) },
        { "tenantId whitespace", a => a["conversation"]!["tenantId"] = "   " },
        { "aadObjectId whitespace", a => a["from"]!["aadObjectId"] = " \t " },
        { "from not an object", a => a["from"] = "29:someone" },
        { "from id a number", a => a["from"]!["id"] = 7 },
        { "recipient missing", a => a.Remove("recipient") },
        { "recipient without id", a => a["recipient"] = new JsonObject { ["name"] = "bot" } },
        { "invoke-shaped message", a => { a["type"] = "invoke"; a["name"] = "composeExtension/query"; a["value"] = null; } },
        { "channelData a string", a => a["channelData"] = "msteams" },
        { "channelData an array", a => a["channelData"] = new JsonArray() },
        { "channelData.tenant a string", a => a["channelData"]!["tenant"] = "contoso" },
        { "channelData.team a number", a => a["channelData"]!["team"] = 3 },
        { "channelData.eventType an object", a => a["channelData"]!["eventType"] = new JsonObject() },
        { "channelData.tenant.id whitespace", a => a["channelData"]!["tenant"]!["id"] = " " },
        { "entities not a list", a => a["entities"] = new JsonObject() },
        { "entities [null]", a => a["entities"] = new JsonArray((JsonNode?)null) },
        { "mention with null mentioned", a => a["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>x</at>", ["mentioned"] = null }) },
        { "mention with null text", a => a["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = null, ["mentioned"] = new JsonObject { ["id"] = TeamsActivities.BotId } }) },
        { "mention with null id", a => a["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>x</at>", ["mentioned"] = new JsonObject { ["id"] = null } }) },
        { "membersAdded [null]", a => a["membersAdded"] = new JsonArray((JsonNode?)null) },
        { "membersAdded a string", a => a["membersAdded"] = "everyone" },
        { "membersRemoved member without id", a => a["membersRemoved"] = new JsonArray(new JsonObject { ["name"] = "x" }) },
    };

    [Theory]
    [MemberData(nameof(BadShapes))]
    public async Task Messages_BadShape_Returns400WithAReasonAndRunsNoTurn(string shape, Action<JsonObject> spoil)
    {
        await using var host = await BotTestHost.StartAsync();
        var activity = TeamsActivities.Message(host.ServiceUrl, "help");
        spoil(activity);

        var response = await host.PostAsync(activity);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{shape}: {response.StatusCode}");
        var reason = await response.Content.ReadAsStringAsync();
        Assert.False(string.IsNullOrWhiteSpace(reason), shape);
        Assert.True(reason.Length < 80, $"{shape}: a short reason, not an echo ({reason.Length} chars)");
        Assert.Empty(host.Connector.Sent);
        Assert.DoesNotContain(host.Factory.Logs.Entries, e => e.Message.StartsWith("Turn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConversationUpdate_WithoutConversation_Returns400()
    {
        await using var host = await BotTestHost.StartAsync();
        var activity = TeamsActivities.BotAdded(host.ServiceUrl);
        activity.Remove("conversation");

        var response = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Connector.Sent);
    }

    [Fact]
    public async Task Messages_ConnectorHostOnTheConfiguredAllowList_IsAccepted()
    {
        // Outside loopback only configured hosts pass; the request then fails to reach the
        // (unresolvable) host, which the turn survives: the answer is still not a 5xx.
        await using var host = await BotTestHost.StartAsync(f => f.WithSetting("SupervisionBot:ConnectorHosts:0", "*.connector.invalid"));
        var activity = TeamsActivities.Message(new Uri("https://emea.connector.invalid/"), "help");

        var response = await host.PostAsync(activity);

        Assert.True((int)response.StatusCode < 300, $"status {response.StatusCode}");
        Assert.Contains(host.Factory.Logs.Entries, e => e.Message.StartsWith("Turn ended without its reply", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Messages_ReplyCannotBeDelivered_EndsTheTurnCleanlyAndResumeStillWorks()
    {
        await using var host = await BotTestHost.StartAsync();
        var closed = new Uri($"http://127.0.0.1:{FreePort.Next()}/");

        var started = await host.PostAsync(TeamsActivities.Message(closed, "reflect"));

        Assert.True((int)started.StatusCode < 300, $"status {started.StatusCode}");
        Assert.Empty(host.Connector.Sent);
        var undelivered = Assert.Single(host.Factory.Logs.Entries, e => e.Message.StartsWith("Turn ended without its reply", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Factory.Logs.Entries, e => e.Message.StartsWith("Turn failed", StringComparison.Ordinal));
        Assert.Contains("HttpRequestException", undelivered.Message, StringComparison.Ordinal);

        // The reflection was started and saved before its card failed to arrive.
        var resumed = await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "resume"));

        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        var card = Assert.Single(host.SentCards());
        Assert.Contains(CardPresses.Buttons(card), b => (string?)b["verb"] == ReflectionVerbs.Next);
    }

    [Fact]
    public async Task GroupMessage_MentioningTheBotWithNoText_EndsCleanlyWithHelp()
    {
        await using var host = await BotTestHost.StartAsync();
        var activity = TeamsActivities.MentionMessage(host.ServiceUrl, "help");
        activity["text"] = null;

        var response = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(host.Factory.Logs.Entries, e => e.Message.StartsWith("Turn failed", StringComparison.Ordinal));
        Assert.Single(host.SentCards());
    }

    [Fact]
    public async Task CardAction_WhoseTurnFails_AnswersWithAMessageTheClientCanShow()
    {
        await using var host = await BotTestHost.StartAsync();
        var closed = new Uri($"http://127.0.0.1:{FreePort.Next()}/");

        // "help" opens a new card below the pressed one, which cannot be delivered here.
        var response = await host.PostAsync(TeamsActivities.Execute(closed, "help", new JsonObject { ["verb"] = "help" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await BotTestHost.ReadJsonAsync(response))!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Equal(SupervisionBotAdapter.Apology, (string?)body["value"]);
    }

    [Fact]
    public async Task Invoke_WithAnUnknownName_KeepsTheSdks501()
    {
        await using var host = await BotTestHost.StartAsync();
        var activity = TeamsActivities.Of("invoke", host.ServiceUrl);
        activity["name"] = "composeExtension/somethingNew";
        activity["value"] = new JsonObject();

        var response = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Healthz_OtherThanGetOrHead_Returns405(string method)
    {
        await using var host = await BotTestHost.StartAsync();

        var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/healthz"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_Head_ReturnsOk()
    {
        await using var host = await BotTestHost.StartAsync();

        var response = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/healthz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
