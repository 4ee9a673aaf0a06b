using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Bot.Proactive;

/// <summary>
/// Two real bot hosts on one Azurite, as two App Service instances share one storage account:
/// however they race, a message with one once key reaches the connector once.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ProactiveTwoInstancesTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..10];
    private readonly string _key = TestPseudonyms.NewKey();
    private BotTestHost _first = null!;
    private BotTestHost _second = null!;

    public async Task InitializeAsync()
    {
        var hosts = await Task.WhenAll(StartAsync(), StartAsync());
        (_first, _second) = (hosts[0], hosts[1]);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    [Fact]
    public async Task SendOnce_SameKeyFromBothInstancesAtOnce_DeliversOneMessage()
    {
        // Both address the first host's connector, as both would address the one Teams service.
        var message = ProactiveMessengerTests.MessageVia(_first.ServiceUrl, "contact/racing");

        var results = await Task.WhenAll(
            Task.Run(() => ProactiveMessengerTests.Messenger(_first).SendOnceAsync(message, default)),
            Task.Run(() => ProactiveMessengerTests.Messenger(_second).SendOnceAsync(message, default)));

        Assert.Single(results, r => r is ProactiveResult.Sent);
        Assert.Single(results, r => r is ProactiveResult.AlreadySent or ProactiveResult.Queued);
        Assert.Single(_first.Connector.Deliveries);

        // And again later, from either: still one.
        Assert.IsType<ProactiveResult.AlreadySent>(await ProactiveMessengerTests.Messenger(_second).SendOnceAsync(message, default));
        Assert.IsType<ProactiveResult.AlreadySent>(await ProactiveMessengerTests.Messenger(_first).SendOnceAsync(message, default));
        Assert.Single(_first.Connector.Deliveries);
    }

    [Fact]
    public async Task Retriers_OnBothInstancesAtOnce_SendAQueuedMessageOnce()
    {
        _first.Connector.FailNextSends(503, times: ProactiveMessengerTests.FailsOneTry);
        var message = ProactiveMessengerTests.MessageVia(_first.ServiceUrl, "digest/queued");
        Assert.IsType<ProactiveResult.Queued>(await ProactiveMessengerTests.Messenger(_first).SendOnceAsync(message, default));
        await Task.Delay(TimeSpan.FromMilliseconds(300)); // past the first backoff (RetryEvery, 200 ms)

        for (var pass = 0; pass < 3; pass++)
        {
            await Task.WhenAll(Task.Run(() => Retrier(_first).RetryDueAsync(default)), Task.Run(() => Retrier(_second).RetryDueAsync(default)));
        }

        await ProactiveMessengerTests.WaitForAsync(() => _first.Connector.Deliveries.Count > 0);
        await Task.WhenAll(Task.Run(() => Retrier(_first).RetryDueAsync(default)), Task.Run(() => Retrier(_second).RetryDueAsync(default)));
        Assert.Single(_first.Connector.Deliveries);
        var record = (await ProactiveMessengerTests.Outbox(_second).GetAsync(ProactiveMessengerTests.Key(_second, "digest/queued"), default))!.Value;
        Assert.Equal(OutboxState.Sent, record.State);
    }

    private static ProactiveRetrier Retrier(BotTestHost host) =>
        host.Factory.Services.GetServices<IHostedService>().OfType<ProactiveRetrier>().Single();

    private Task<BotTestHost> StartAsync() => ProactiveMessengerTests.StartAsync("00:00:00.200", factory => factory
        .WithSetting("Storage:ConnectionString", azurite.ConnectionString)
        .WithSetting("Storage:Containers:State", $"state-{_suffix}")
        .WithSetting("Storage:Containers:Reflections", $"reflections-{_suffix}")
        .WithSetting("Storage:Containers:Coordination", $"coordination-{_suffix}")
        .WithSetting("Privacy:PseudonymKey", _key)
        .WithServices(services => services.AddSingleton(azurite.CreateServiceClient())));
}
