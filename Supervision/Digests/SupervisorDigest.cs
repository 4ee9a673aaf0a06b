using System.Collections.Immutable;

namespace SupervisionBot.Supervision.Digests;

/// <summary>
/// What a group's supervisors receive before a meeting, each in their 1:1 chat. When fewer than
/// <see cref="MinimumContributors"/> members shared, <see cref="MeetsMinimum"/> is false and every
/// other part is empty: the digest says only that, and what was shared waits for the next one.
/// </summary>
public sealed record SupervisorDigest
{
    public required string GroupName { get; init; }

    public required DateTimeOffset Meeting { get; init; }

    public required DigestPeriod Period { get; init; }

    public required int MinimumContributors { get; init; }

    public required bool MeetsMinimum { get; init; }

    public DigestFigures? Figures { get; init; }

    /// <summary>Questions members brought and shared with the group: unattributed, in alphabetical order.</summary>
    public ImmutableArray<string> Questions { get; init; } = [];

    /// <summary>Questions brought but not shown, to keep the message within Teams' size limit.</summary>
    public int QuestionsNotShown { get; init; }

    /// <summary>Reflections shared with the supervisors alone, newest first, with their answers.</summary>
    public ImmutableArray<SharedReflection> SharedWithSupervisors { get; init; } = [];

    public int SharedWithSupervisorsNotShown { get; init; }

    /// <summary>Prompts for the supervisor's own reflection before the meeting (parallel process, the wider context).</summary>
    public ImmutableArray<string> Prompts { get; init; } = [];

    /// <summary>To keep with this digest: the next one compares with it, and the trend chart draws it.</summary>
    public DigestBaseline? Baseline { get; init; }
}
