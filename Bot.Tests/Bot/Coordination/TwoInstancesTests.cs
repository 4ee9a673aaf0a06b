using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.MyData;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Reflection;

namespace SupervisionBot.Bot.Tests.Bot.Coordination;

/// <summary>
/// Two real bot hosts against one Azurite, as two App Service instances share one storage
/// account: the retention sweep and the pending-archive retrier run on both and nothing is done
/// twice, and an export link issued by one instance downloads once from the other.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class TwoInstancesTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string OldAuthor = "0123456789abcdef0123456789abcdef";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly string _suffix = Guid.NewGuid().ToString("N")[..10];
    private readonly string _key = TestPseudonyms.NewKey();
    private readonly CountingArchive?[] _archives = new CountingArchive?[2];
    private BotTestHost _first = null!;
    private BotTestHost _second = null!;

    public async Task InitializeAsync()
    {
        // Two reflections past retention and one within it, stored before either instance starts.
        var archive = new BlobReflectionArchive(
            azurite.CreateServiceClient().GetBlobContainerClient(Reflections), TimeProvider.System, NullLogger<BlobReflectionArchive>.Instance);
        var now = TimeProvider.System.GetUtcNow();
        await archive.SaveAsync(Confirmed(now.AddDays(-800)), default);
        await archive.SaveAsync(Confirmed(now.AddDays(-731)), default);
        await archive.SaveAsync(Confirmed(now.AddDays(-10)), default);

        // Both start at once, each running its retention sweep at start-up.
        var hosts = await Task.WhenAll(Task.Run(() => StartAsync(0)), Task.Run(() => StartAsync(1)));
        (_first, _second) = (hosts[0], hosts[1]);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    private string Reflections => $"reflections-{_suffix}";

    [Fact]
    public async Task RetentionSweep_StartedOnBothInstances_RunsOnce()
    {
        await WaitForAsync(() => SweepLogs(_first).Count + SweepLogs(_second).Count == 2);

        var swept = SweepLogs(_first).Concat(SweepLogs(_second)).Where(m => m.StartsWith("Retention sweep deleted", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Retention sweep deleted 2 reflections older than 730 days"], swept);
        var left = await _first.Factory.Services.GetRequiredService<IReflectionArchive>().ListByAuthorAsync(OldAuthor, 10, default);
        Assert.Single(left);

        // Asked again on both at once, on the same day: neither sweeps.
        var again = await Task.WhenAll(Sweeper(_first).SweepAsync(default), Sweeper(_second).SweepAsync(default));
        Assert.Equal([null, null], again);
    }

    [Fact]
    public async Task PendingArchiveRetrier_RunningOnBothInstances_SavesAWaitingReflectionOnce()
    {
        var review = await QuickCheckInReviewAsync(_first);
        _archives[0]!.Down = true;
        await CardPresses.InvokeAsync(_first, review, ReflectionVerbs.Confirm);
        var waiting = Assert.Single(await Queue(_first).WaitingAsync(default)).UserKey;

        // Both instances find the note in the shared coordination container, and storage is back.
        Assert.Equal(waiting, Assert.Single(await Queue(_second).WaitingAsync(default)).UserKey);
        _archives[0]!.Down = false;
        _archives[0]!.ResetCount();

        await Task.WhenAll(Retrier(_first).RetryAllAsync(default), Retrier(_second).RetryAllAsync(default));
        await Task.WhenAll(Retrier(_first).RetryAllAsync(default), Retrier(_second).RetryAllAsync(default));

        Assert.Equal(1, _archives[0]!.Saves + _archives[1]!.Saves);
        Assert.Single(await _second.Factory.Services.GetRequiredService<IReflectionArchive>().ListByAuthorAsync(waiting, 10, default));
        Assert.Empty(await Queue(_first).WaitingAsync(default));
        Assert.Empty(await Queue(_second).WaitingAsync(default));
    }

    [Fact]
    public async Task ExportLink_IssuedByOneInstance_DownloadsOnceFromTheOther()
    {
        var review = await QuickCheckInReviewAsync(_first);
        await CardPresses.PressAsync(_first, review, ReflectionVerbs.Confirm);

        var link = await ExportLinkAsync(_first);
        var download = await _second.Client.GetAsync(link);
        var markdown = await download.Content.ReadAsStringAsync();
        var again = await _first.Client.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains("# My supervision reflections", markdown, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);

        // Redeemed on both instances at the same moment: exactly one download.
        var racing = await ExportLinkAsync(_second);
        var answers = await Task.WhenAll(_first.Client.GetAsync(racing), _second.Client.GetAsync(racing));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.NotFound);
    }

    private Task<BotTestHost> StartAsync(int index) => BotTestHost.StartAsync(factory => factory
        .WithSetting("Storage:ConnectionString", azurite.ConnectionString)
        .WithSetting("Storage:Containers:State", $"state-{_suffix}")
        .WithSetting("Storage:Containers:Reflections", Reflections)
        .WithSetting("Storage:Containers:Coordination", $"coordination-{_suffix}")
        .WithSetting("Privacy:PseudonymKey", _key)
        .WithServices(services =>
        {
            // The host decides on blob mode before the factory's settings arrive; the client it would build is added here.
            services.AddSingleton(azurite.CreateServiceClient());
            var registered = services.Last(d => d.ServiceType == typeof(IReflectionArchive));
            services.Remove(registered);
            services.AddSingleton<IReflectionArchive>(sp => _archives[index] = new CountingArchive((IReflectionArchive)registered.ImplementationFactory!(sp)));
        }));

    private static async Task<System.Text.Json.Nodes.JsonObject> QuickCheckInReviewAsync(BotTestHost host)
    {
        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "quick"));
        var card = host.SentCards()[^1];
        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Next, new Dictionary<string, string> { ["howTheWorkSits"] = "4" });
        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Next, new Dictionary<string, string> { ["oneSentence"] = "A steady week." });
        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Next, new Dictionary<string, string> { ["sharing"] = "private" });
        Assert.Equal("Check your reflection", BotTestHost.Heading(card));
        return card;
    }

    private static async Task<string> ExportLinkAsync(BotTestHost host)
    {
        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "export"));
        var url = (string)CardPresses.Buttons(host.SentCards()[^1]).Single(b => (string?)b["type"] == "Action.OpenUrl")["url"]!;
        return new Uri(url).PathAndQuery;
    }

    private static List<string> SweepLogs(BotTestHost host) => host.Factory.Logs.Entries
        .Where(e => e.Category == typeof(RetentionSweeper).FullName)
        .Select(e => e.Message)
        .ToList();

    private static RetentionSweeper Sweeper(BotTestHost host) =>
        host.Factory.Services.GetServices<IHostedService>().OfType<RetentionSweeper>().Single();

    private static PendingArchiveRetrier Retrier(BotTestHost host) =>
        host.Factory.Services.GetServices<IHostedService>().OfType<PendingArchiveRetrier>().Single();

    private static PendingArchiveQueue Queue(BotTestHost host) => host.Factory.Services.GetRequiredService<PendingArchiveQueue>();

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            await Task.Delay(100, timeout.Token);
        }
    }

    private static ReflectionDocument Confirmed(DateTimeOffset at) => ArchiveDocuments.ConfirmedQuickCheckIn(OldAuthor, at);
}
