namespace SupervisionBot.Supervision.Digests;

/// <summary>
/// One rating's answers as a histogram of points, and who gave them: the median and quartiles of
/// any number of answers come from six counters, so composing stays flat in memory however many
/// reflections stream through.
/// </summary>
internal sealed class RatingTally
{
    private readonly long[] _counts = new long[RatingSummary.ScaleTop + 1];
    private readonly HashSet<string> _authors = new(StringComparer.Ordinal);

    public long Responses { get; private set; }

    public int Authors => _authors.Count;

    public void Add(string author, int point)
    {
        if (point is < 1 or > RatingSummary.ScaleTop)
        {
            return;
        }

        _counts[point]++;
        Responses++;
        _authors.Add(author);
    }

    /// <summary>The summary, or null when fewer than <paramref name="minimumAuthors"/> people answered.</summary>
    public RatingSummary? Summarise(string id, string label, int minimumAuthors, DigestBaseline? previous)
    {
        if (Responses == 0 || _authors.Count < minimumAuthors)
        {
            return null;
        }

        var median = Responses % 2 == 1
            ? ValueAtRank((Responses + 1) / 2)
            : (ValueAtRank(Responses / 2) + ValueAtRank((Responses / 2) + 1)) / 2.0;
        var lower = ValueAtRank(Math.Max(1, (long)Math.Ceiling(Responses * 0.25)));
        var upper = ValueAtRank(Math.Max(1, (long)Math.Ceiling(Responses * 0.75)));
        double? change = previous is not null && previous.Medians.TryGetValue(id, out var before) ? median - before : null;
        return new RatingSummary(id, label, (int)Math.Min(Responses, int.MaxValue), median, lower, upper, change);
    }

    /// <summary>The point at 1-based rank <paramref name="rank"/> in the sorted answers.</summary>
    private int ValueAtRank(long rank)
    {
        var seen = 0L;
        for (var point = 1; point <= RatingSummary.ScaleTop; point++)
        {
            seen += _counts[point];
            if (seen >= rank)
            {
                return point;
            }
        }

        return RatingSummary.ScaleTop;
    }
}
