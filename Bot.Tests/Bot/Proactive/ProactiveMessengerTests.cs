using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Bot.Proactive;

/// <summary>
/// The outbox through the real host, the real Bot Framework adapter and a fake connector on a
/// loopback port: once per key, retries that honour Retry-After, the queue the retrier empties,
/// the group note for someone without the app, updates by the recorded id, and no second copy
/// after a send whose outcome was never recorded.
/// </summary>
public sealed class ProactiveMessengerTests : IAsyncLifetime
{
    private const string Channel = "msteams";
    private const string Tenant = "00000000-0000-0000-0000-000000000001";
    private const string Supervisor = "29:supervisor";
    private const string GroupChat = "19:group-chat@thread.v2";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await StartAsync(retryEvery: "01:00:00");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SendOnce_ToAPerson_CreatesTheirChatAndRecordsTheId()
    {
        var result = await Messenger(_host).SendOnceAsync(Message("contact/1"), default);

        var sent = Assert.IsType<ProactiveResult.Sent>(result);
        Assert.Equal([Supervisor], _host.Connector.CreatedWith);
        var delivery = Assert.Single(_host.Connector.Deliveries);
        Assert.Equal(("a:personal-" + Supervisor, delivery.ActivityId), (sent.ConversationId, sent.ActivityId));
        Assert.Equal("Hello from the outbox", (string?)delivery.Body["text"]);

        // Only ids are left once it is sent: the payload is gone.
        var record = (await Outbox(_host).GetAsync(Key(_host, "contact/1"), default))!.Value;
        Assert.Equal(OutboxState.Sent, record.State);
        Assert.Null(record.Payload);
        Assert.Equal(sent.ActivityId, record.ActivityId);
    }

    /// <summary>Failures enough to fail one try: the connector client's request and all its retries.</summary>
    internal static int FailsOneTry => global::SupervisionBot.Bot.Connector.ConnectorHttp.RetryOptions().MaxRetryAttempts + 1;

    [Fact]
    public async Task SendOnce_SameKeyTwice_SendsOneMessage()
    {
        var first = await Messenger(_host).SendOnceAsync(Message("digest/1"), default);
        var second = await Messenger(_host).SendOnceAsync(Message("digest/1", "A different text"), default);

        var sent = Assert.IsType<ProactiveResult.Sent>(first);
        var again = Assert.IsType<ProactiveResult.AlreadySent>(second);
        Assert.Equal((sent.ConversationId, sent.ActivityId), (again.ConversationId, again.ActivityId));
        Assert.Single(_host.Connector.Deliveries);
    }

    [Fact]
    public async Task SendOnce_ConnectorThrottles_WaitsAsToldAndSends()
    {
        _host.Connector.FailNextSends(429, times: 1, retryAfterSeconds: 1);
        _host.Connector.FailNextSends(503, times: 1);

        var result = await Messenger(_host).SendOnceAsync(Message("contact/2"), default);

        Assert.IsType<ProactiveResult.Sent>(result);
        // The connector client's own retries (ConnectorHttp) absorb both, within the one try.
        Assert.Equal(3, _host.Connector.SendRequests);
        Assert.Single(_host.Connector.Deliveries);
    }

    [Fact]
    public async Task SendOnce_ConnectorKeepsFailing_IsQueuedAndTheRetrierSendsItOnce()
    {
        await using var host = await StartAsync(retryEvery: "00:00:00.200");
        host.Connector.FailNextSends(500, times: FailsOneTry);

        var result = await Messenger(host).SendOnceAsync(MessageVia(host.ServiceUrl, "contact/3"), default);

        Assert.IsType<ProactiveResult.Queued>(result);
        Assert.Empty(host.Connector.Deliveries);
        await WaitForAsync(() => host.Connector.Deliveries.Count > 0);
        var record = (await Outbox(host).GetAsync(Key(host, "contact/3"), default))!.Value;
        Assert.Equal(OutboxState.Sent, record.State);
        Assert.Equal(2, record.Attempts);

        // Later passes find nothing to do.
        await Retrier(host).RetryDueAsync(default);
        Assert.Single(host.Connector.Deliveries);
    }

    [Fact]
    public async Task SendOnce_PersonWithoutTheApp_IsUnreachableAndTheGroupIsToldOnceADay()
    {
        _host.Connector.WithoutTheApp(Supervisor);
        var fallback = new ProactiveFallback(Group(_host.ServiceUrl), "Supervisor, please open a chat with me.");

        var first = await Messenger(_host).SendOnceAsync(Message("contact/4") with { WhenUnreachable = fallback }, default);
        var second = await Messenger(_host).SendOnceAsync(Message("digest/4") with { WhenUnreachable = fallback }, default);

        Assert.Equal(new ProactiveResult.Unreachable("http-403", FallbackPosted: true), first);
        Assert.Equal(new ProactiveResult.Unreachable("http-403", FallbackPosted: true), second);
        var note = Assert.Single(_host.Connector.Deliveries);
        Assert.Equal(GroupChat, note.ConversationId);
        Assert.Equal("Supervisor, please open a chat with me.", (string?)note.Body["text"]);
        Assert.Null((await Outbox(_host).GetAsync(Key(_host, "contact/4"), default))!.Value.Payload);
    }

    [Fact]
    public async Task Update_AfterASend_ReplacesTheRecordedActivity()
    {
        var sent = Assert.IsType<ProactiveResult.Sent>(await Messenger(_host).SendOnceAsync(Message("contact/5"), default));

        var updated = await Messenger(_host).UpdateAsync("contact/5", (Activity)MessageFactory.Text("Updated"), default);
        var never = await Messenger(_host).UpdateAsync("contact/never-sent", (Activity)MessageFactory.Text("Updated"), default);

        Assert.True(updated);
        Assert.False(never);
        var update = _host.Connector.Deliveries[^1];
        Assert.True(update.IsUpdate);
        Assert.Equal((sent.ConversationId, sent.ActivityId, "Updated"), (update.ConversationId, update.ActivityId, (string?)update.Body["text"]));
    }

    [Fact]
    public async Task Retry_ClaimLapsedWithNoId_MarksItUnconfirmedAndNeverSendsASecondCopy()
    {
        // What an instance leaves if it stops between the send and recording the id.
        var key = Key(_host, "contact/6");
        var crashed = new OutboxRecord(
            OutboxState.Sending, OutboxAddress.From(Person(_host.ServiceUrl)), null, null, "{\"type\":\"message\",\"text\":\"Hello\"}", null, 0,
            TimeProvider.System.GetUtcNow().AddMinutes(-1));
        Assert.True((await Outbox(_host).PutAsync(key, crashed, null, default)).IsSaved);

        var retried = await Messenger(_host).RetryAsync(key, default);
        var sentAgain = await Messenger(_host).SendOnceAsync(Message("contact/6"), default);

        Assert.Equal(new ProactiveResult.Unreachable(ProactiveMessenger.UnconfirmedReason, false), retried);
        Assert.Equal(new ProactiveResult.Unreachable(ProactiveMessenger.UnconfirmedReason, false), sentAgain);
        Assert.Empty(_host.Connector.Deliveries);
        var record = (await Outbox(_host).GetAsync(key, default))!.Value;
        Assert.Equal(OutboxState.Unconfirmed, record.State);
        Assert.Null(record.Payload);
    }

    [Fact]
    public async Task Retry_ClaimStillHeld_LeavesItToItsSender()
    {
        var key = Key(_host, "contact/7");
        var sending = new OutboxRecord(
            OutboxState.Sending, OutboxAddress.From(Person(_host.ServiceUrl)), null, null, "{\"type\":\"message\",\"text\":\"Hello\"}", null, 0,
            TimeProvider.System.GetUtcNow().AddMinutes(1));
        Assert.True((await Outbox(_host).PutAsync(key, sending, null, default)).IsSaved);

        Assert.Null(await Messenger(_host).RetryAsync(key, default));
        Assert.IsType<ProactiveResult.Queued>(await Messenger(_host).SendOnceAsync(Message("contact/7"), default));
        Assert.Equal(OutboxState.Sending, (await Outbox(_host).GetAsync(key, default))!.Value.State);
        Assert.Empty(_host.Connector.Deliveries);
    }

    [Fact]
    public async Task RetrierPass_PrunesSentRecordsPastTheRetention_AndARecentOneStillRefusesASecondCopy()
    {
        var old = Key(_host, "digest/long-ago");
        var longAgo = TimeProvider.System.GetUtcNow() - new ProactiveOptions().KeepSentFor - TimeSpan.FromDays(1);
        var sent = new OutboxRecord(OutboxState.Sent, OutboxAddress.From(Person(_host.ServiceUrl)), "a:personal-x", "activity-x", null, null, 1, longAgo);
        Assert.True((await Outbox(_host).PutAsync(old, sent, null, default)).IsSaved);
        Assert.IsType<ProactiveResult.Sent>(await Messenger(_host).SendOnceAsync(Message("digest/recent"), default));

        Assert.True(await Retrier(_host).RetryDueAsync(default));

        Assert.Null(await Outbox(_host).GetAsync(old, default));
        Assert.IsType<ProactiveResult.AlreadySent>(await Messenger(_host).SendOnceAsync(Message("digest/recent"), default));
        Assert.Single(_host.Connector.Deliveries);
    }

    internal static Task<BotTestHost> StartAsync(string retryEvery, Func<BotApplicationFactory, BotApplicationFactory>? configure = null) =>
        BotTestHost.StartAsync(factory => (configure?.Invoke(factory) ?? factory)
            .WithSetting("Proactive:FirstDelay", "00:00:00.010")
            .WithSetting("Proactive:RetryEvery", retryEvery));

    internal static ProactiveMessage MessageVia(Uri serviceUrl, string onceKey, string text = "Hello from the outbox") =>
        new(onceKey, Person(serviceUrl), (Activity)MessageFactory.Text(text));

    private ProactiveMessage Message(string onceKey, string text = "Hello from the outbox") => MessageVia(_host.ServiceUrl, onceKey, text);

    internal static ProactiveAddress.Person Person(Uri serviceUrl) => new(Channel, serviceUrl.ToString(), Tenant, Supervisor);

    private static ProactiveAddress.Conversation Group(Uri serviceUrl) => new(Channel, serviceUrl.ToString(), Tenant, GroupChat);

    internal static ProactiveMessenger Messenger(BotTestHost host) => host.Factory.Services.GetRequiredService<ProactiveMessenger>();

    internal static IProactiveOutbox Outbox(BotTestHost host) => host.Factory.Services.GetRequiredService<IProactiveOutbox>();

    private static ProactiveRetrier Retrier(BotTestHost host) =>
        host.Factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<ProactiveRetrier>().Single();

    internal static string Key(BotTestHost host, string onceKey) => OutboxKeys.For(host.Factory.Services.GetRequiredService<Pseudonymizer>(), onceKey);

    internal static async Task WaitForAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            await Task.Delay(100, timeout.Token);
        }
    }
}
