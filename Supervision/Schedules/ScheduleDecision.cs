namespace SupervisionBot.Supervision.Schedules;

/// <summary>
/// The scheduler's answer for one kind of work: do it now for <see cref="Meeting"/>, or wait until
/// <see cref="DueAt"/>. <see cref="DueAt"/> is when it was due, which is in the past when catching up.
/// </summary>
public sealed record ScheduleDecision(bool IsDueNow, DateTimeOffset Meeting, DateTimeOffset DueAt)
{
    public static ScheduleDecision Now(DateTimeOffset meeting, DateTimeOffset dueAt) => new(true, meeting, dueAt);

    public static ScheduleDecision Wait(DateTimeOffset meeting, DateTimeOffset dueAt) => new(false, meeting, dueAt);
}
