namespace SupervisionBot.Bot.Routing;

/// <summary>
/// Who may use a command or button, from least to most: each level includes the ones before it,
/// so a supervisor may do what a member may.
/// </summary>
internal enum Audience
{
    /// <summary>Anyone who can talk to the bot.</summary>
    Anyone,

    /// <summary>A member of the supervision group that meets in this conversation.</summary>
    Member,

    /// <summary>A supervisor of that group.</summary>
    Supervisor,
}
