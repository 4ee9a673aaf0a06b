using System.Collections.Immutable;

namespace SupervisionBot.Supervision.Digests;

/// <summary>
/// The aggregates of a digest, present only when the minimum number of contributors is met.
/// A rating answered by fewer than the minimum is left out of <see cref="Ratings"/> on its own.
/// </summary>
public sealed record DigestFigures
{
    public required int Reflections { get; init; }

    public required int Contributors { get; init; }

    /// <summary>How many asked their supervisor for contact. Only the supervisors' digest has it; never their content.</summary>
    public int? ContactRequests { get; init; }

    public required ImmutableArray<RatingSummary> Ratings { get; init; }

    /// <summary>Every alliance rating pooled: one line for the trend chart. Null when too few answered.</summary>
    public RatingSummary? AllianceOverall { get; init; }

    public required ImmutableArray<ThemeCount> Frame { get; init; }

    /// <summary>The most often reported cues, most first.</summary>
    public required ImmutableArray<ThemeCount> Cues { get; init; }

    /// <summary>Rupture types reported (withdrawal, confrontation), most first; "none" is not a type.</summary>
    public required ImmutableArray<ThemeCount> Ruptures { get; init; }
}
