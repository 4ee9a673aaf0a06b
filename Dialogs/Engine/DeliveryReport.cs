namespace SupervisionBot.Dialogs.Engine;

/// <summary>
/// What actually reached someone else when a reflection was confirmed, as the edge that delivers
/// it knows it. The confirmation is worded from this, not from what the therapist asked for, so it
/// can only say a reflection was shared, or a request sent, when it was.
/// </summary>
/// <param name="ReachedSupervisor">The reflection itself was delivered to the therapist's supervisor.</param>
/// <param name="ReachedGroup">The reflection was delivered to the supervision group.</param>
/// <param name="ContactRequestSent">The request for contact was delivered to the supervisor.</param>
public sealed record DeliveryReport(bool ReachedSupervisor, bool ReachedGroup, bool ContactRequestSent)
{
    /// <summary>Nothing left the therapist's own records: true of every reflection until delivery is built.</summary>
    public static DeliveryReport NothingSent { get; } = new(ReachedSupervisor: false, ReachedGroup: false, ContactRequestSent: false);
}
