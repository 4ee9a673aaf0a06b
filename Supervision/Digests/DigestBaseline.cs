using System.Collections.Immutable;

namespace SupervisionBot.Supervision.Digests;

/// <summary>
/// The medians of the last digest that met the minimum, by rating id (and <see cref="DigestMeasures.AllianceOverall"/>),
/// kept with that digest so the next one can say what changed and the trend chart can be drawn.
/// </summary>
public sealed record DigestBaseline(DateTimeOffset Meeting, ImmutableSortedDictionary<string, double> Medians)
{
    public static DigestBaseline Empty(DateTimeOffset meeting) => new(meeting, ImmutableSortedDictionary<string, double>.Empty);

    public bool Equals(DigestBaseline? other) => other is not null && Meeting == other.Meeting && Medians.SequenceEqual(other.Medians);

    public override int GetHashCode() => HashCode.Combine(Meeting, Medians.Count);
}
