namespace SupervisionBot.Supervision.Digests;

/// <summary>
/// What to compose: for group <see cref="Group"/> (a pseudonym), called <see cref="GroupName"/>,
/// the reflections of <see cref="Period"/>, before the meeting at <see cref="Meeting"/>, showing
/// aggregates only when at least <see cref="MinimumContributors"/> members shared.
/// </summary>
public sealed record DigestRequest(
    string Group,
    string GroupName,
    DateTimeOffset Meeting,
    DigestPeriod Period,
    int MinimumContributors)
{
    /// <summary>The last digest's medians, for "change since the last digest"; null for a group's first digest.</summary>
    public DigestBaseline? Previous { get; init; }
}
