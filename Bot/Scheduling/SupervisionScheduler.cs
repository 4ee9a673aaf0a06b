using SupervisionBot.Bot.Coordination;
using SupervisionBot.Bot.Digests;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Bot.Telemetry;
using SupervisionBot.Supervision.Groups;
using SupervisionBot.Supervision.Schedules;

namespace SupervisionBot.Bot.Scheduling;

/// <summary>
/// Sends each group's digest and reminders when they are due, from the group's rhythm and time
/// zone. Every minute (and at start-up, to catch up after a restart) one instance at a time, the
/// holder of the scheduler's lease, looks at every group that is not paused: work due for the
/// coming meeting and not yet marked done is done now. Work whose meeting has already started is
/// never done late. Each message also carries its own once key, so a crash between sending and
/// marking done, or a lease that lapsed mid-tick, sends no second copy.
/// </summary>
internal sealed partial class SupervisionScheduler(
    IGroupDirectory directory,
    DigestDelivery digests,
    ReminderDelivery reminders,
    IWorkLeases leases,
    TimeProvider time,
    ILogger<SupervisionScheduler> logger) : PeriodicWork(time, logger)
{
    internal const string Work = "supervision-scheduler";
    internal static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    /// <summary>The channels whose groups are scheduled: Teams (the Agents Playground speaks as Teams too).</summary>
    internal static readonly IReadOnlyList<string> Channels = ["msteams"];

    protected override string Name => Work;

    protected override TimeSpan Interval => Every;

    protected override Task RunAsync(CancellationToken cancellationToken) => TickAsync(cancellationToken);

    /// <summary>Does whatever is due now; false when another instance holds the scheduler's lease.</summary>
    internal async Task<bool> TickAsync(CancellationToken cancellationToken)
    {
        await using var lease = await leases.TryAcquireAsync(Work, cancellationToken);
        BotTelemetry.OnceOnly(Work, ranHere: lease is not null);
        if (lease is null)
        {
            return false;
        }

        foreach (var channel in Channels)
        {
            await foreach (var group in directory.AllAsync(channel, cancellationToken))
            {
                if (group.IsPaused)
                {
                    continue;
                }

                try
                {
                    await RunDueAsync(channel, group, cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // One group's failure (storage, the connector) must not hold up the others; it is tried again next tick.
                    LogGroupFailed(Logger, exception.GetType().Name);
                }
            }
        }

        return true;
    }

    private async Task RunDueAsync(string channel, SupervisionGroup group, CancellationToken cancellationToken)
    {
        if (!MeetingSchedule.TryFindZone(group.Settings.Rhythm.TimeZoneId, out _) || group.Settings.Rhythm.EveryWeeks < 1)
        {
            LogUnschedulable(Logger);
            return;
        }

        var schedule = new MeetingSchedule(group.Settings);
        foreach (var work in (ScheduledWork[])[ScheduledWork.Digest, ScheduledWork.Reminder])
        {
            var decision = schedule.Decide(work, Time.GetUtcNow(), lastDoneForMeeting: null);
            var name = WorkName(work);
            var period = OnceKeys.Period(group.Id, decision.Meeting);
            if (!decision.IsDueNow || await leases.IsDoneAsync(name, period, cancellationToken))
            {
                continue;
            }

            var untilMeeting = decision.Meeting - Time.GetUtcNow();
            LogDue(Logger, work, untilMeeting);
            _ = work == ScheduledWork.Digest
                ? await digests.SendScheduledAsync(channel, group, decision.Meeting, cancellationToken)
                : await reminders.SendAsync(channel, group, decision.Meeting, cancellationToken);
            await leases.MarkDoneAsync(name, period, cancellationToken);
        }
    }

    private static string WorkName(ScheduledWork work) => work == ScheduledWork.Digest ? "digest" : "reminder";

    [LoggerMessage(Level = LogLevel.Information, Message = "{Work} due; the meeting is in {UntilMeeting}")]
    private static partial void LogDue(ILogger logger, ScheduledWork work, TimeSpan untilMeeting);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A group's scheduled work failed ({Reason}); the next tick tries again")]
    private static partial void LogGroupFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A group's settings cannot be scheduled; it is skipped until a supervisor fixes them")]
    private static partial void LogUnschedulable(ILogger logger);
}
