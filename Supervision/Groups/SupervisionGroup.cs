using System.Collections.Immutable;

namespace SupervisionBot.Supervision.Groups;

/// <summary>
/// A supervision group: one Teams conversation (a group chat or a channel), known only by the
/// pseudonym <see cref="Id"/>. Its members are the conversation's members, by pseudonym; its
/// supervisors are named in <see cref="Settings"/>. Changes go through methods that check the
/// actor's role, so a refused change is a value, not a forgotten if.
/// </summary>
public sealed record SupervisionGroup
{
    public required string Id { get; init; }

    public required GroupSettings Settings { get; init; }

    /// <summary>Pseudonyms of everyone in the conversation, supervisors included.</summary>
    public required ImmutableArray<string> Members { get; init; }

    /// <summary>Paused groups send nothing: no digests, no reminders. Nothing is deleted.</summary>
    public bool IsPaused { get; init; }

    /// <summary>The role of <paramref name="person"/>, or null for someone not in the group.</summary>
    public GroupRole? RoleOf(string person) =>
        Settings.Supervisors.Contains(person, StringComparer.Ordinal) ? GroupRole.Supervisor
        : Members.Contains(person, StringComparer.Ordinal) ? GroupRole.Member
        : null;

    public bool IsSupervisor(string person) => RoleOf(person) == GroupRole.Supervisor;

    /// <summary>New settings, if <paramref name="actor"/> is a supervisor; otherwise null.</summary>
    public SupervisionGroup? ChangeSettings(string actor, GroupSettings settings) =>
        IsSupervisor(actor) ? this with { Settings = settings } : null;

    /// <summary>Paused or resumed, if <paramref name="actor"/> is a supervisor; otherwise null.</summary>
    public SupervisionGroup? SetPaused(string actor, bool paused) =>
        IsSupervisor(actor) ? this with { IsPaused = paused } : null;

    /// <summary>A member who left receives nothing more; their shared reflections stay the group's for this cycle's digest.</summary>
    public SupervisionGroup WithoutMember(string person) =>
        this with { Members = Members.Remove(person, StringComparer.Ordinal) };

    public bool Equals(SupervisionGroup? other) =>
        other is not null && Id == other.Id && Settings == other.Settings && Members.SequenceEqual(other.Members) && IsPaused == other.IsPaused;

    public override int GetHashCode() => HashCode.Combine(Id, Settings, Members.Length, IsPaused);
}
