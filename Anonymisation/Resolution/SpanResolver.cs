using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Resolution;

/// <summary>
/// Turns overlapping candidates into disjoint spans. Overlaps are unioned, never trimmed, so a disagreement
/// between recognisers can only remove more text; the type comes from the most trusted candidate.
/// </summary>
internal static class SpanResolver
{
    public static List<RedactedSpan> Resolve(string text, List<Candidate> candidates)
    {
        candidates.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<(int Start, int End, IdentifierType Type, int Priority)>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (candidate.End <= candidate.Start)
            {
                continue;
            }

            // Overlapping, or touching pieces of the same kind ("Flat 3, " + "27 Cedar Avenue").
            if (merged.Count > 0 && (candidate.Start < merged[^1].End || (candidate.Start == merged[^1].End && candidate.Type == merged[^1].Type)))
            {
                var current = merged[^1];
                var stronger = candidate.Priority > current.Priority;
                merged[^1] = (
                    current.Start,
                    Math.Max(current.End, candidate.End),
                    stronger ? candidate.Type : current.Type,
                    Math.Max(current.Priority, candidate.Priority));
                continue;
            }

            // "Tom" and "Hughes" found separately are one person.
            if (merged.Count > 0 && IsName(candidate.Type) && merged[^1].Type == candidate.Type && text.AsSpan(merged[^1].End, candidate.Start - merged[^1].End) is " ")
            {
                var current = merged[^1];
                merged[^1] = (current.Start, candidate.End, current.Type, Math.Max(current.Priority, candidate.Priority));
                continue;
            }

            merged.Add((candidate.Start, candidate.End, candidate.Type, candidate.Priority));
        }

        return merged.ConvertAll(m => new RedactedSpan(m.Start, m.End, m.Type));
    }

    private static bool IsName(IdentifierType type) =>
        type is IdentifierType.Client or IdentifierType.Person or IdentifierType.Place or IdentifierType.Org;
}
