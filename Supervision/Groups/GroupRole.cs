namespace SupervisionBot.Supervision.Groups;

/// <summary>What a person may do in a supervision group.</summary>
public enum GroupRole
{
    /// <summary>A therapist in the group: reflects, shares if they choose, receives the group summary.</summary>
    Member,

    /// <summary>
    /// Runs the group: receives the digest and contact requests, and alone may change the settings,
    /// pause the group or remove it. Not a line manager; nothing reaches management.
    /// </summary>
    Supervisor,
}
