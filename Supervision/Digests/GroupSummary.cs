using System.Collections.Immutable;

namespace SupervisionBot.Supervision.Digests;

/// <summary>
/// The shorter summary posted in the group's own conversation: only what members shared with the
/// group, only when at least the minimum number of them did. No contact requests, no ratings by item.
/// </summary>
public sealed record GroupSummary
{
    public required string GroupName { get; init; }

    public required DateTimeOffset Meeting { get; init; }

    public required int MinimumContributors { get; init; }

    public required bool MeetsMinimum { get; init; }

    public DigestFigures? Figures { get; init; }

    public ImmutableArray<string> Questions { get; init; } = [];

    public int QuestionsNotShown { get; init; }
}
