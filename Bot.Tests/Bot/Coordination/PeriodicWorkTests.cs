using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SupervisionBot.Bot.Coordination;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Bot.Coordination;

/// <summary>
/// The loop the leased background services share (pending archives, the proactive outbox, the
/// supervision scheduler, the retention sweep): runs on the clock it is given, and a failed run
/// neither stops the service nor logs what the exception said.
/// </summary>
public sealed class PeriodicWorkTests
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RunsAtStart_ThenOncePerInterval_OnTheClockItIsGiven()
    {
        var clock = new FakeTimeProvider();
        using var logs = new CapturedLogs();
        using var work = new CountingWork(clock, logs, runsAtStart: true, failFirst: false);

        await work.StartAsync(default);
        Assert.Equal(1, await work.Runs.Reader.ReadAsync().AsTask().WaitAsync(Hang));

        clock.Advance(CountingWork.Every - TimeSpan.FromSeconds(1));
        Assert.False(work.Runs.Reader.TryRead(out _));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(2, await work.Runs.Reader.ReadAsync().AsTask().WaitAsync(Hang));

        await work.StopAsync(default);
    }

    [Fact]
    public async Task WithoutRunAtStart_TheFirstRunWaitsOneInterval()
    {
        var clock = new FakeTimeProvider();
        using var logs = new CapturedLogs();
        using var work = new CountingWork(clock, logs, runsAtStart: false, failFirst: false);

        await work.StartAsync(default);
        Assert.False(work.Runs.Reader.TryRead(out _));
        clock.Advance(CountingWork.Every);
        Assert.Equal(1, await work.Runs.Reader.ReadAsync().AsTask().WaitAsync(Hang));

        await work.StopAsync(default);
    }

    [Fact]
    public async Task AFailedRun_IsLoggedByTypeOnly_AndTheNextTickRunsAgain()
    {
        var clock = new FakeTimeProvider();
        using var logs = new CapturedLogs();
        using var work = new CountingWork(clock, logs, runsAtStart: true, failFirst: true);

        await work.StartAsync(default);
        Assert.Equal(1, await work.Runs.Reader.ReadAsync().AsTask().WaitAsync(Hang));
        clock.Advance(CountingWork.Every);
        Assert.Equal(2, await work.Runs.Reader.ReadAsync().AsTask().WaitAsync(Hang));
        await work.StopAsync(default);

        var warning = Assert.Single(logs.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Contains("counting-work failed (IOException)", warning.Message, StringComparison.Ordinal);
        Assert.Null(warning.Exception);
        Assert.DoesNotContain(CountingWork.Secret, logs.AllText, StringComparison.Ordinal);
    }

    private sealed class CountingWork(FakeTimeProvider clock, CapturedLogs logs, bool runsAtStart, bool failFirst)
        : PeriodicWork(clock, logs.CreateLogger(nameof(CountingWork)))
    {
        public const string Secret = "Client Zebediah";
        public static readonly TimeSpan Every = TimeSpan.FromMinutes(5);
        private int _runs;

        public Channel<int> Runs { get; } = Channel.CreateUnbounded<int>();

        protected override string Name => "counting-work";

        protected override TimeSpan Interval => Every;

        protected override bool RunsAtStart => runsAtStart;

        protected override Task RunAsync(CancellationToken cancellationToken)
        {
            var run = Interlocked.Increment(ref _runs);
            Runs.Writer.TryWrite(run);
            return failFirst && run == 1
                ? throw new IOException($"The blob for {Secret} could not be read")
                : Task.CompletedTask;
        }
    }
}
