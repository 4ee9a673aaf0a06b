using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Teams;
using SupervisionBot.Cards.Reminders;
using SupervisionBot.Supervision.Groups;
using SupervisionBot.Supervision.Schedules;

namespace SupervisionBot.Bot.Scheduling;

/// <summary>
/// The one gentle reminder before a meeting, to each member (not supervisor) who has not written
/// a reflection since the group last met and has not paused reminders. Whether someone reflected
/// is read from their own reflections only, and never shown to anyone. A member who cannot be
/// reached 1:1 is not mentioned in the group: that would single them out.
/// </summary>
internal sealed partial class ReminderDelivery(
    IGroupDirectory directory,
    IProactiveMessenger messenger,
    IReflectionArchive archive,
    ReminderPauses pauses,
    TimeProvider time,
    ILogger<ReminderDelivery> logger)
{
    public async Task<IReadOnlyList<ProactiveResult>> SendAsync(
        string channelId, SupervisionGroup group, DateTimeOffset meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var schedule = new MeetingSchedule(group.Settings);
        var cycleStart = schedule.PreviousMeeting(meeting.AddTicks(-1)) ?? meeting.AddDays(-group.Settings.Rhythm.CycleDays);
        var now = time.GetUtcNow();
        var results = new List<ProactiveResult>();
        var skipped = 0;
        foreach (var member in group.Members.Where(member => group.RoleOf(member) == GroupRole.Member))
        {
            if (await pauses.PausedUntilAsync(channelId, member, now, cancellationToken).ConfigureAwait(false) is not null
                || await HasReflectedSinceAsync(member, cycleStart, cancellationToken).ConfigureAwait(false)
                || await directory.AddressOfAsync(channelId, member, cancellationToken).ConfigureAwait(false) is not { } address)
            {
                skipped++;
                continue;
            }

            var card = ReminderCards.Reminder(group.Settings.Name, meeting);
            results.Add(await messenger.SendOnceAsync(
                new ProactiveMessage(OnceKeys.Reminder(group.Id, meeting, member), address, (Microsoft.Bot.Schema.Activity)CardReplies.ToMessage(card)),
                cancellationToken).ConfigureAwait(false));
        }

        var delivered = results.Count(result => result.Delivered);
        LogReminders(logger, delivered, results.Count, skipped);
        return results;
    }

    private async Task<bool> HasReflectedSinceAsync(string member, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var newest = await archive.ListByAuthorAsync(member, 1, cancellationToken).ConfigureAwait(false);
        return newest.Count > 0 && newest[0].ConfirmedAt >= since;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders: {Delivered} of {Messages} delivered; {Skipped} members not reminded (reflected, paused or not reachable)")]
    private static partial void LogReminders(ILogger logger, int delivered, int messages, int skipped);
}
