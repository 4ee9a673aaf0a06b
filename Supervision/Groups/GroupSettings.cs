using System.Collections.Immutable;
using SupervisionBot.Supervision.Schedules;

namespace SupervisionBot.Supervision.Groups;

/// <summary>
/// A supervision group's settings, as chosen at setup and changed only by a supervisor. People are
/// pseudonyms, never display names. Check a value with <see cref="GroupSettingsRules.Check"/> before
/// keeping it; <see cref="GroupSetupForm"/> does so for what arrives from the setup card.
/// </summary>
public sealed record GroupSettings
{
    public const int DefaultMinimumContributors = 3;

    /// <summary>
    /// Below two, an "aggregate" is one person's answers: groups of 3 to 8 break naive anonymity,
    /// so this floor is not configurable.
    /// </summary>
    public const int LowestMinimumContributors = 2;

    public static readonly TimeSpan DefaultDigestLead = TimeSpan.FromHours(24);
    public static readonly TimeSpan DefaultReminderLead = TimeSpan.FromHours(48);

    public required string Name { get; init; }

    /// <summary>Pseudonyms of the supervisors: one or more of the conversation's members.</summary>
    public required ImmutableArray<string> Supervisors { get; init; }

    public required MeetingRhythm Rhythm { get; init; }

    /// <summary>How long before the meeting, in local clock time, the digest is sent.</summary>
    public TimeSpan DigestLead { get; init; } = DefaultDigestLead;

    /// <summary>How long before the meeting, in local clock time, members who have not reflected get one gentle reminder.</summary>
    public TimeSpan ReminderLead { get; init; } = DefaultReminderLead;

    /// <summary>The fewest members who must have shared before any aggregate or question is shown.</summary>
    public int MinimumContributors { get; init; } = DefaultMinimumContributors;

    public bool Equals(GroupSettings? other) =>
        other is not null
        && Name == other.Name
        && Supervisors.SequenceEqual(other.Supervisors)
        && Rhythm == other.Rhythm
        && DigestLead == other.DigestLead
        && ReminderLead == other.ReminderLead
        && MinimumContributors == other.MinimumContributors;

    public override int GetHashCode() => HashCode.Combine(Name, Supervisors.Length, Rhythm, DigestLead, ReminderLead, MinimumContributors);
}
