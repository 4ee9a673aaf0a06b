namespace SupervisionBot.Supervision.Schedules;

/// <summary>What the scheduler sends before each meeting.</summary>
public enum ScheduledWork
{
    /// <summary>The supervisor's digest and, when the minimum is met, the group summary.</summary>
    Digest,

    /// <summary>One gentle reminder to each member who has not reflected this cycle.</summary>
    Reminder,
}
