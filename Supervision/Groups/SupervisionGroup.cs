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

    /// <summary>
    /// Pseudonyms of people in the conversation who chose to leave the group: they are not members
    /// (so they receive nothing from it) until they choose to rejoin, however the conversation changes.
    /// </summary>
    public ImmutableArray<string> OptedOut { get; init; } = [];

    /// <summary>True while the group has no supervisor left (the last one left the conversation): anyone in it may then choose new ones.</summary>
    public bool NeedsSupervisor => Settings.Supervisors.IsDefaultOrEmpty;

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

    /// <summary>
    /// Someone who left the conversation: no longer a member, nor a supervisor. When the last
    /// supervisor goes, the group is paused (nothing is sent without someone to receive the digest).
    /// </summary>
    public SupervisionGroup WithoutPerson(string person)
    {
        var supervisors = Settings.Supervisors.Remove(person, StringComparer.Ordinal);
        return this with
        {
            Members = Members.Remove(person, StringComparer.Ordinal),
            Settings = Settings with { Supervisors = supervisors },
            IsPaused = IsPaused || supervisors.IsEmpty,
        };
    }

    /// <summary>
    /// Someone who asked to be forgotten: no longer a member, a supervisor, or among those who
    /// left. Unlike leaving the conversation, a group left with no supervisor is not paused: its
    /// members keep their reminders and summary, and it says it needs a supervisor until someone
    /// in it chooses one (see <see cref="NeedsSupervisor"/>).
    /// </summary>
    public SupervisionGroup Forget(string person) => this with
    {
        Members = Members.Remove(person, StringComparer.Ordinal),
        Settings = Settings with { Supervisors = Settings.Supervisors.Remove(person, StringComparer.Ordinal) },
        OptedOut = OptedOut.Remove(person, StringComparer.Ordinal),
    };

    /// <summary>Whether the group holds anything about <paramref name="person"/>: as a member, a supervisor or someone who left.</summary>
    public bool Holds(string person) => RoleOf(person) is not null || OptedOut.Contains(person, StringComparer.Ordinal);

    /// <summary>People who joined the conversation become members, except those who chose to leave the group.</summary>
    public SupervisionGroup WithMembers(IEnumerable<string> people)
    {
        var joining = people.Where(p => !Members.Contains(p, StringComparer.Ordinal) && !OptedOut.Contains(p, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        return joining.Count == 0 ? this : this with { Members = Members.AddRange(joining) };
    }

    /// <summary>A member's own choice to leave; a supervisor cannot (another supervisor changes the settings instead). Null when refused.</summary>
    public SupervisionGroup? OptOut(string person) =>
        IsSupervisor(person) || !Members.Contains(person, StringComparer.Ordinal)
            ? null
            : this with { Members = Members.Remove(person, StringComparer.Ordinal), OptedOut = OptedOut.Add(person) };

    /// <summary>Undoes <see cref="OptOut"/> for someone still in the conversation.</summary>
    public SupervisionGroup OptIn(string person) =>
        OptedOut.Contains(person, StringComparer.Ordinal)
            ? this with { OptedOut = OptedOut.Remove(person, StringComparer.Ordinal), Members = Members.Contains(person, StringComparer.Ordinal) ? Members : Members.Add(person) }
            : this;

    public bool Equals(SupervisionGroup? other) =>
        other is not null && Id == other.Id && Settings == other.Settings && Members.SequenceEqual(other.Members) && IsPaused == other.IsPaused
        && OptedOut.SequenceEqual(other.OptedOut);

    public override int GetHashCode() => HashCode.Combine(Id, Settings, Members.Length, IsPaused);
}
