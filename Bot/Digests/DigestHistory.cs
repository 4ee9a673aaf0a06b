using System.Collections.Immutable;
using SupervisionBot.Supervision.Digests;

namespace SupervisionBot.Bot.Digests;

/// <summary>A group's past scheduled digests, oldest first, at most <see cref="MaxKept"/>.</summary>
internal sealed record DigestHistory(ImmutableArray<DigestRecord> Records)
{
    /// <summary>About a year of fortnightly meetings: enough for the trend chart and to look back on.</summary>
    public const int MaxKept = 26;

    public static DigestHistory Empty { get; } = new(ImmutableArray<DigestRecord>.Empty);

    public DigestRecord? For(DateTimeOffset meeting) => Records.FirstOrDefault(record => record.Meeting == meeting);

    /// <summary>The last digest sent before <paramref name="meeting"/>: the next one starts where it ended.</summary>
    public DigestRecord? LastBefore(DateTimeOffset meeting) => Records.LastOrDefault(record => record.Meeting < meeting);

    /// <summary>The medians of digests before <paramref name="meeting"/> that met the minimum, oldest first.</summary>
    public IReadOnlyList<DigestBaseline> BaselinesBefore(DateTimeOffset meeting) =>
        [.. Records.Where(record => record.Meeting < meeting).Select(record => record.Digest.Baseline).OfType<DigestBaseline>()];

    public DigestHistory With(DigestRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var records = Records.Add(record).Sort((a, b) => a.Meeting.CompareTo(b.Meeting));
        return new(records.Length > MaxKept ? records.RemoveRange(0, records.Length - MaxKept) : records);
    }

    public bool Equals(DigestHistory? other) => other is not null && Records.SequenceEqual(other.Records);

    public override int GetHashCode() => Records.Length;
}
