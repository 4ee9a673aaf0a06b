using Microsoft.Extensions.Time.Testing;
using SupervisionBot.Supervision.Schedules;
using static SupervisionBot.Bot.Tests.Supervision.SupervisionFixture;

namespace SupervisionBot.Bot.Tests.Supervision.Schedules;

public class MeetingScheduleTests
{
    // In 2027 the UK clocks go forward on Sunday 28 March (01:00 GMT) and back on Sunday 31 October (02:00 BST).
    private static readonly DateOnly MondayBeforeSpringChange = new(2027, 3, 22);
    private static readonly DateOnly MondayBeforeAutumnChange = new(2027, 10, 25);

    [Fact]
    public void MeetingAt_0900London_StaysAt0900LocalAcrossTheMarchChange()
    {
        var schedule = new MeetingSchedule(LondonMondays(MondayBeforeSpringChange));

        Assert.Equal(new DateTimeOffset(2027, 3, 22, 9, 0, 0, TimeSpan.Zero), schedule.MeetingAt(0));
        Assert.Equal(new DateTimeOffset(2027, 3, 29, 9, 0, 0, TimeSpan.FromHours(1)), schedule.MeetingAt(1));
        Assert.Equal(Utc(2027, 3, 29, 8), schedule.MeetingAt(1).ToUniversalTime());
    }

    [Fact]
    public void MeetingAt_0900London_StaysAt0900LocalAcrossTheOctoberChange()
    {
        var schedule = new MeetingSchedule(LondonMondays(MondayBeforeAutumnChange));

        Assert.Equal(Utc(2027, 10, 25, 8), schedule.MeetingAt(0).ToUniversalTime());
        Assert.Equal(Utc(2027, 11, 1, 9), schedule.MeetingAt(1).ToUniversalTime());
    }

    [Fact]
    public void DigestAndReminder_AcrossTheMarchChange_KeepTheLocalClockTime()
    {
        var schedule = new MeetingSchedule(LondonMondays(MondayBeforeSpringChange));
        var meeting = schedule.MeetingAt(1); // Monday 29 March, 09:00 BST

        // Sunday 09:00 BST and Saturday 09:00 GMT: the clocks changed in between, so 23 hours apart, not 24.
        Assert.Equal(Utc(2027, 3, 28, 8), schedule.DigestDue(meeting).ToUniversalTime());
        Assert.Equal(Utc(2027, 3, 27, 9), schedule.ReminderDue(meeting).ToUniversalTime());
    }

    [Fact]
    public void DigestAndReminder_AcrossTheOctoberChange_KeepTheLocalClockTime()
    {
        var schedule = new MeetingSchedule(LondonMondays(MondayBeforeAutumnChange));
        var meeting = schedule.MeetingAt(1); // Monday 1 November, 09:00 GMT

        Assert.Equal(Utc(2027, 10, 31, 9), schedule.DigestDue(meeting).ToUniversalTime());
        Assert.Equal(Utc(2027, 10, 30, 8), schedule.ReminderDue(meeting).ToUniversalTime());
    }

    [Fact]
    public void DigestDue_InTheHourTheClocksSkip_MovesForwardByTheGap()
    {
        // 31.5 hours before Monday 09:00 is Sunday 01:30, which does not exist in London on 28 March 2027.
        var settings = LondonMondays(MondayBeforeSpringChange) with { DigestLead = TimeSpan.FromHours(31.5) };
        var schedule = new MeetingSchedule(settings);

        var due = schedule.DigestDue(schedule.MeetingAt(1));

        Assert.Equal(Utc(2027, 3, 28, 1, 30), due.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(1), due.Offset);
    }

    [Fact]
    public void DigestDue_InTheHourThatHappensTwice_MeansTheFirst()
    {
        var settings = LondonMondays(MondayBeforeAutumnChange) with { DigestLead = TimeSpan.FromHours(31.5) };
        var schedule = new MeetingSchedule(settings);

        Assert.Equal(Utc(2027, 10, 31, 0, 30), schedule.DigestDue(schedule.MeetingAt(1)).ToUniversalTime());
    }

    [Fact]
    public void NextMeeting_WithAFakeClock_MovesOnOnlyOnceTheMeetingHasStarted()
    {
        var schedule = new MeetingSchedule(LondonMondays(MondayBeforeSpringChange, everyWeeks: 2));
        var clock = new FakeTimeProvider(Utc(2027, 3, 1, 12));

        Assert.Equal(schedule.MeetingAt(0), schedule.NextMeeting(clock.GetUtcNow()));
        Assert.Null(schedule.PreviousMeeting(clock.GetUtcNow()));

        clock.SetUtcNow(schedule.MeetingAt(0).AddTicks(-1));
        Assert.Equal(schedule.MeetingAt(0), schedule.NextMeeting(clock.GetUtcNow()));

        clock.SetUtcNow(schedule.MeetingAt(0));
        Assert.Equal(schedule.MeetingAt(1), schedule.NextMeeting(clock.GetUtcNow()));
        Assert.Equal(schedule.MeetingAt(0), schedule.PreviousMeeting(clock.GetUtcNow()));
        Assert.Equal(Utc(2027, 4, 5, 8), schedule.MeetingAt(1).ToUniversalTime());

        clock.Advance(TimeSpan.FromDays(400));
        var next = schedule.NextMeeting(clock.GetUtcNow());
        Assert.True(next > clock.GetUtcNow());
        Assert.True(next - clock.GetUtcNow() <= TimeSpan.FromDays(14));
        var local = TimeZoneInfo.ConvertTime(next, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        Assert.Equal((DayOfWeek.Monday, 9, 0), (local.DayOfWeek, local.Hour, local.Minute));
    }

    [Fact]
    public void Decide_BeforeTheDigestIsDue_WaitsUntilItIs()
    {
        var schedule = new MeetingSchedule(LondonMondays(MondayBeforeSpringChange));
        var meeting = schedule.MeetingAt(1);
        var clock = new FakeTimeProvider(schedule.DigestDue(meeting).AddMinutes(-1));

        var decision = schedule.Decide(ScheduledWork.Digest, clock.GetUtcNow(), lastDoneForMeeting: schedule.MeetingAt(0));

        Assert.False(decision.IsDueNow);
        Assert.Equal(meeting, decision.Meeting);
        Assert.Equal(schedule.DigestDue(meeting), decision.DueAt);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(schedule.Decide(ScheduledWork.Digest, clock.GetUtcNow(), schedule.MeetingAt(0)).IsDueNow);
    }

    [Fact]
    public void Decide_AfterARestartThatMissedTheDigest_SendsItAtOnceBeforeTheMeeting()
    {
        var schedule = new MeetingSchedule(LondonMondays(MondayBeforeSpringChange));
        var meeting = schedule.MeetingAt(1);
        var restartedAt = schedule.DigestDue(meeting).AddHours(20); // down overnight; the meeting is still to come

        var decision = schedule.Decide(ScheduledWork.Digest, restartedAt, lastDoneForMeeting: schedule.MeetingAt(0));

        Assert.True(decision.IsDueNow);
        Assert.Equal(meeting, decision.Meeting);
        Assert.True(decision.DueAt < restartedAt);
    }

    [Fact]
    public void Decide_AfterARestartOnceTheMeetingHasPassed_SkipsItAndWaitsForTheNextOne()
    {
        var schedule = new MeetingSchedule(LondonMondays(MondayBeforeSpringChange));
        var missed = schedule.MeetingAt(1);
        var restartedAt = missed.AddHours(2);

        var decision = schedule.Decide(ScheduledWork.Reminder, restartedAt, lastDoneForMeeting: schedule.MeetingAt(0));

        Assert.False(decision.IsDueNow);
        Assert.Equal(schedule.MeetingAt(2), decision.Meeting);
        Assert.Equal(schedule.ReminderDue(schedule.MeetingAt(2)), decision.DueAt);
    }

    [Fact]
    public void Decide_AlreadyDoneForTheComingMeeting_WaitsForTheOneAfter()
    {
        var schedule = new MeetingSchedule(LondonMondays(MondayBeforeSpringChange));
        var meeting = schedule.MeetingAt(1);
        var now = schedule.DigestDue(meeting).AddMinutes(5);

        var decision = schedule.Decide(ScheduledWork.Digest, now, lastDoneForMeeting: meeting);

        Assert.False(decision.IsDueNow);
        Assert.Equal(schedule.MeetingAt(2), decision.Meeting);
    }

    [Fact]
    public void Constructor_UnknownZone_Throws()
    {
        var settings = LondonMondays(MondayBeforeSpringChange) with
        {
            Rhythm = new MeetingRhythm(DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/Atlantis", 1, MondayBeforeSpringChange),
        };

        Assert.Throws<ArgumentException>(() => new MeetingSchedule(settings));
    }
}
