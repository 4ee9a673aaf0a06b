using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Scheduling;
using SupervisionBot.Bot.Tests.Infrastructure;
using static SupervisionBot.Bot.Tests.Supervision.SupervisionFixture;

namespace SupervisionBot.Bot.Tests.Bot.Scheduling;

/// <summary>
/// Two real bot hosts against one Azurite and one fake clock, as two instances share one storage
/// account. The messenger here delivers every request it gets, however often a once key repeats,
/// so the count proves the scheduler's own guard (the blob lease and the done-markers): each
/// member gets one reminder, the supervisor one digest, the group one summary.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ScheduleTwoInstancesTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly string[] Members = [Member(1), Member(2), Member(3), Member(4)];

    private readonly string _suffix = Guid.NewGuid().ToString("N")[..10];
    private readonly FakeTimeProvider _time = new(Utc(2026, 10, 24, 7, 0));
    private readonly ScheduleFakeDirectory _directory = new();
    private readonly ScheduleFakeMessenger _messenger = new(keepsOnce: false);
    private BotTestHost _first = null!;
    private BotTestHost _second = null!;

    public async Task InitializeAsync()
    {
        _directory.Put(Group(LondonMondays(new DateOnly(2026, 10, 5)), Members));
        _directory.Reachable([Supervisor, .. Members]);
        var hosts = await Task.WhenAll(Task.Run(StartAsync), Task.Run(StartAsync));
        (_first, _second) = (hosts[0], hosts[1]);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    [Fact]
    public async Task TwoInstances_TickingTogether_SendEachDigestAndReminderExactlyOnce()
    {
        var archive = _first.Factory.Services.GetRequiredService<IReflectionArchive>();
        foreach (var member in Members.Take(3))
        {
            await archive.SaveAsync(ArchiveDocuments.Document(member, Utc(2026, 10, 20, 18, 0), ReflectionSharing.Group, GroupId), default);
        }

        // Saturday 09:00 London: reminders, only to the member who has not reflected since the last meeting.
        await BothTickAtAsync(Utc(2026, 10, 24, 8, 0));
        await BothTickAtAsync(Utc(2026, 10, 24, 8, 1));

        // Sunday 09:00: the digest and the group summary.
        await BothTickAtAsync(Utc(2026, 10, 25, 9, 0));
        await BothTickAtAsync(Utc(2026, 10, 25, 9, 1));
        await BothTickAtAsync(Utc(2026, 10, 25, 9, 2));

        var received = _messenger.Delivered.GroupBy(message => (message.Where, Kind: message.OnceKey.Split('-')[0])).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(
            new Dictionary<(string, string), int>
            {
                [(ScheduleFakeDirectory.TeamsUserId(Members[3]), "reminder")] = 1,
                [(ScheduleFakeDirectory.TeamsUserId(Supervisor), "digest")] = 1,
                [(ScheduleFakeDirectory.ConversationId(GroupId), "summary")] = 1,
            },
            received);
    }

    /// <summary>
    /// Moves the shared clock (which also wakes both schedulers' own timers) and ticks both at once
    /// until one tick that started after the move has run to the end (the other finds the lease
    /// taken), then once more on both.
    /// </summary>
    private async Task BothTickAtAsync(DateTimeOffset at)
    {
        _time.SetUtcNow(at);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!(await Task.WhenAll(Scheduler(_first).TickAsync(patience.Token), Scheduler(_second).TickAsync(patience.Token))).Contains(true))
        {
            await Task.Delay(50, patience.Token);
        }

        await Task.WhenAll(Scheduler(_first).TickAsync(patience.Token), Scheduler(_second).TickAsync(patience.Token));
    }

    private static SupervisionScheduler Scheduler(BotTestHost host) => host.Factory.Services.GetRequiredService<SupervisionScheduler>();

    private Task<BotTestHost> StartAsync() => BotTestHost.StartAsync(factory => factory
        .WithSetting("Storage:ConnectionString", azurite.ConnectionString)
        .WithSetting("Storage:Containers:State", $"state-{_suffix}")
        .WithSetting("Storage:Containers:Reflections", $"reflections-{_suffix}")
        .WithSetting("Storage:Containers:Coordination", $"coordination-{_suffix}")
        .WithSetting("Privacy:PseudonymKey", Key)
        .WithServices(services =>
        {
            // The host decides on blob mode before the factory's settings arrive; the client it would build is added here.
            services.AddSingleton(azurite.CreateServiceClient());
            services.AddSingleton<TimeProvider>(_time);
            services.AddSingleton<IGroupDirectory>(_directory);
            services.AddSingleton<IProactiveMessenger>(_messenger);
        }));

    private string Key { get; } = TestPseudonyms.NewKey();
}
