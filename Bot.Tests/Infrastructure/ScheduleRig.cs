using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Coordination;
using SupervisionBot.Bot.Digests;
using SupervisionBot.Bot.Scheduling;
using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>
/// The scheduler and everything it sends through, built from the real parts over a temporary
/// folder (session store, archive, leases), with a fake clock, the schedule branch's fake
/// directory and messenger. <see cref="Restart"/> builds a fresh instance over the same folder,
/// as a restarted bot would be.
/// </summary>
internal sealed class ScheduleRig : IDisposable
{
    private readonly DirectoryInfo _folder = System.IO.Directory.CreateTempSubdirectory("schedule-");
    private readonly global::SupervisionBot.Bot.Privacy.Pseudonymizer _pseudonyms = TestPseudonyms.Create();
    private readonly List<IDisposable> _owned = [];

    public ScheduleRig(DateTimeOffset start, ScheduleFakeMessenger? messenger = null)
    {
        Time = new FakeTimeProvider(start);
        Messenger = messenger ?? new ScheduleFakeMessenger();
        Archive = new LocalFolderReflectionArchive(Path.Combine(_folder.FullName, "reflections"), Time, NullLogger<LocalFolderReflectionArchive>.Instance);
        Restart();
    }

    public FakeTimeProvider Time { get; }

    public ScheduleFakeDirectory Directory { get; } = new();

    public ScheduleFakeMessenger Messenger { get; }

    public IReflectionArchive Archive { get; }

    public SupervisionScheduler Scheduler { get; private set; } = null!;

    public DigestDelivery Digests { get; private set; } = null!;

    public DigestHistoryStore History { get; private set; } = null!;

    public ReminderPauses Pauses { get; private set; } = null!;

    public ISessionStore Store { get; private set; } = null!;

    /// <summary>A new instance of everything over the same storage: what survives is only what was stored.</summary>
    public void Restart()
    {
        var store = new LocalFolderSessionStore(Path.Combine(_folder.FullName, "state"), _pseudonyms, Time, NullLogger<LocalFolderSessionStore>.Instance);
        _owned.Add(store);
        Store = store;
        History = new DigestHistoryStore(store);
        Pauses = new ReminderPauses(store);
        Digests = new DigestDelivery(Directory, Messenger, new GroupDigests(Archive, History), History, Time, NullLogger<DigestDelivery>.Instance);
        var reminders = new ReminderDelivery(Directory, Messenger, Archive, Pauses, Time, NullLogger<ReminderDelivery>.Instance);
        var leases = new LocalFolderWorkLeases(Path.Combine(_folder.FullName, "coordination"));
        Scheduler = new SupervisionScheduler(Directory, Digests, reminders, leases, Time, NullLogger<SupervisionScheduler>.Instance);
    }

    /// <summary>Moves the clock to <paramref name="at"/> and runs one tick there.</summary>
    public async Task TickAtAsync(DateTimeOffset at)
    {
        if (at > Time.GetUtcNow())
        {
            Time.SetUtcNow(at);
        }

        Assert.True(await Scheduler.TickAsync(CancellationToken.None));
    }

    public void Dispose()
    {
        _owned.ForEach(owned => owned.Dispose());
        _folder.Delete(recursive: true);
    }
}
