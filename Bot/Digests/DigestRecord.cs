using SupervisionBot.Supervision.Digests;

namespace SupervisionBot.Bot.Digests;

/// <summary>
/// One scheduled digest as it was sent: the supervisors' digest and the group summary, both made
/// only of anonymised, unattributed material. Kept so <c>digests</c> can open it again, the next
/// digest knows where its period starts and what changed, and the trend chart has its points.
/// </summary>
internal sealed record DigestRecord(SupervisorDigest Digest, GroupSummary Summary, DateTimeOffset ComposedAt)
{
    public DateTimeOffset Meeting => Digest.Meeting;
}
