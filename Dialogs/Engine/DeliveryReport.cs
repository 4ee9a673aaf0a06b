namespace SupervisionBot.Dialogs.Engine;

/// <summary>
/// What actually reached someone else when a reflection was confirmed, as the edge that delivers
/// it knows it. The confirmation is worded from this, not from what the therapist asked for, so it
/// can only say a reflection was shared, or a request sent, when it was.
/// </summary>
/// <param name="ReachedSupervisor">The reflection itself was delivered to the therapist's supervisor.</param>
/// <param name="ReachedGroup">The reflection was delivered to the supervision group.</param>
/// <param name="ContactRequestSent">The request for contact was delivered to at least one supervisor.</param>
public sealed record DeliveryReport(bool ReachedSupervisor, bool ReachedGroup, bool ContactRequestSent)
{
    /// <summary>Nothing left the therapist's own records.</summary>
    public static DeliveryReport NothingSent { get; } = new(ReachedSupervisor: false, ReachedGroup: false, ContactRequestSent: false);

    /// <summary>What became of a request for contact that was not delivered; <see cref="ContactNotSent.None"/> when it was, or none was made.</summary>
    public ContactNotSent ContactProblem { get; init; }
}

/// <summary>Why a request for contact has not reached a supervisor, so the therapist can be told plainly.</summary>
public enum ContactNotSent
{
    /// <summary>Delivered, or not asked for.</summary>
    None,

    /// <summary>The therapist is in no supervision group with the bot, so there is no supervisor to send it to.</summary>
    NoGroup,

    /// <summary>The supervisor could not be reached just now; it is queued and retried.</summary>
    Waiting,

    /// <summary>No supervisor of the group can be reached (none has opened a chat with the bot, say).</summary>
    Unreachable,
}
