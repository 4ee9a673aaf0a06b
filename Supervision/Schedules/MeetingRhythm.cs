namespace SupervisionBot.Supervision.Schedules;

/// <summary>
/// When a group meets: on <see cref="Weekday"/> at <see cref="Time"/> in the IANA zone
/// <see cref="TimeZoneId"/>, every <see cref="EveryWeeks"/> weeks, counting from
/// <see cref="FirstMeeting"/> (the "next meeting" given at setup). The time is the local wall-clock
/// time, so a 09:00 meeting stays at 09:00 across daylight-saving changes.
/// </summary>
public sealed record MeetingRhythm(DayOfWeek Weekday, TimeOnly Time, string TimeZoneId, int EveryWeeks, DateOnly FirstMeeting)
{
    /// <summary>Days from one meeting to the next.</summary>
    public int CycleDays => EveryWeeks * 7;
}
