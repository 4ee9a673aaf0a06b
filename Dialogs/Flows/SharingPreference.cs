namespace SupervisionBot.Dialogs.Flows;

/// <summary>
/// Who may see a confirmed reflection. The therapist decides for every reflection; nothing is
/// shared by default, and a supervisor is not a line manager, so nothing goes further.
/// </summary>
public enum SharingPreference
{
    /// <summary>Only the therapist sees it.</summary>
    KeepPrivate,

    /// <summary>The supervisor sees it, in the digest before the next meeting.</summary>
    ShareWithSupervisor,

    /// <summary>The supervisor and the supervision group see it.</summary>
    ShareWithGroup,
}
