namespace SupervisionBot.Supervision.Digests;

/// <summary>Who the author let see a reflection. Only the last two ever reach a digest.</summary>
public enum DigestSharing
{
    /// <summary>Only the therapist: never in any digest, summary or count.</summary>
    Private,

    /// <summary>The therapist and the group's supervisors: in the supervisors' digest, with its answers.</summary>
    Supervisor,

    /// <summary>The therapist, the supervisors and the group: in the supervisors' digest and the group summary, unattributed.</summary>
    Group,
}
