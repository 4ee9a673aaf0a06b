using System.Diagnostics.CodeAnalysis;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Supervision.Schedules;

/// <summary>
/// A group's meetings, digests and reminders as instants. Meetings keep their local wall-clock
/// time in the group's zone across daylight-saving changes; the digest and reminder lead times are
/// also counted on the local clock, so "24 hours before a Monday 09:00 meeting" is Sunday 09:00
/// even on the night the clocks change. A local time the clocks skip is moved forward by the gap;
/// a local time that happens twice means the first.
/// </summary>
public sealed class MeetingSchedule
{
    private readonly GroupSettings _settings;
    private readonly TimeZoneInfo _zone;

    /// <exception cref="ArgumentException">The zone is unknown or the rhythm has no cycle; check settings with <see cref="GroupSettingsRules"/> first.</exception>
    public MeetingSchedule(GroupSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!TryFindZone(settings.Rhythm.TimeZoneId, out var zone))
        {
            throw new ArgumentException("The group's time zone is not known on this machine.", nameof(settings));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Rhythm.EveryWeeks, 1, nameof(settings));
        _settings = settings;
        _zone = zone;
    }

    /// <summary>An IANA zone by name; false for anything else, including an empty name.</summary>
    public static bool TryFindZone(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        return !string.IsNullOrWhiteSpace(id) && id.Trim() == id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out zone);
    }

    /// <summary>The start of meeting number <paramref name="occurrence"/>, 0 being the first meeting given at setup.</summary>
    public DateTimeOffset MeetingAt(int occurrence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(occurrence);
        return Resolve(LocalMeeting(occurrence));
    }

    /// <summary>The first meeting that starts after <paramref name="now"/>.</summary>
    public DateTimeOffset NextMeeting(DateTimeOffset now) => MeetingAt(NextOccurrence(now));

    /// <summary>The last meeting that started at or before <paramref name="now"/>, or null before the first one.</summary>
    public DateTimeOffset? PreviousMeeting(DateTimeOffset now)
    {
        var next = NextOccurrence(now);
        return next == 0 ? null : MeetingAt(next - 1);
    }

    /// <summary>When the digest for the meeting at <paramref name="meeting"/> is due.</summary>
    public DateTimeOffset DigestDue(DateTimeOffset meeting) => Before(meeting, _settings.DigestLead);

    /// <summary>When reminders for the meeting at <paramref name="meeting"/> are due.</summary>
    public DateTimeOffset ReminderDue(DateTimeOffset meeting) => Before(meeting, _settings.ReminderLead);

    /// <summary>
    /// What to do about <paramref name="work"/> at <paramref name="now"/>, given the meeting it was
    /// last done for. Only the coming meeting counts: after a restart, work that was missed is done
    /// at once, unless its meeting has already started, in which case it is skipped for good.
    /// </summary>
    public ScheduleDecision Decide(ScheduledWork work, DateTimeOffset now, DateTimeOffset? lastDoneForMeeting)
    {
        var occurrence = NextOccurrence(now);
        var meeting = MeetingAt(occurrence);
        if (lastDoneForMeeting == meeting)
        {
            // Done for this meeting: the next chance is the one after.
            var following = MeetingAt(occurrence + 1);
            return ScheduleDecision.Wait(following, DueFor(work, following));
        }

        var due = DueFor(work, meeting);
        return now < due ? ScheduleDecision.Wait(meeting, due) : ScheduleDecision.Now(meeting, due);
    }

    public DateTimeOffset DueFor(ScheduledWork work, DateTimeOffset meeting) => work switch
    {
        ScheduledWork.Digest => DigestDue(meeting),
        ScheduledWork.Reminder => ReminderDue(meeting),
        _ => throw new ArgumentOutOfRangeException(nameof(work), work, "Unknown scheduled work."),
    };

    private int NextOccurrence(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, _zone).DateTime);
        var days = today.DayNumber - _settings.Rhythm.FirstMeeting.DayNumber;
        var occurrence = Math.Max(0, days / _settings.Rhythm.CycleDays);
        while (occurrence > 0 && MeetingAt(occurrence - 1) > now)
        {
            occurrence--;
        }

        while (MeetingAt(occurrence) <= now)
        {
            occurrence++;
        }

        return occurrence;
    }

    private DateTime LocalMeeting(int occurrence) =>
        _settings.Rhythm.FirstMeeting.AddDays(occurrence * _settings.Rhythm.CycleDays).ToDateTime(_settings.Rhythm.Time);

    private DateTimeOffset Before(DateTimeOffset meeting, TimeSpan lead) =>
        Resolve(TimeZoneInfo.ConvertTime(meeting, _zone).DateTime - lead);

    /// <summary>The instant a local wall-clock time in the group's zone names.</summary>
    private DateTimeOffset Resolve(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (_zone.IsInvalidTime(local))
        {
            // Skipped by the clocks going forward: read with the offset from before the change,
            // which lands the same distance past the change.
            var before = _zone.GetUtcOffset(local.AddDays(-1));
            return TimeZoneInfo.ConvertTime(new DateTimeOffset(local - before, TimeSpan.Zero), _zone);
        }

        var offset = _zone.IsAmbiguousTime(local) ? _zone.GetAmbiguousTimeOffsets(local).Max() : _zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
