using SupervisionBot.Bot.Groups;

namespace SupervisionBot.Bot.Reflections;

/// <summary>
/// A person's supervision groups for one turn, looked up only if the turn needs them (a group
/// picked on the card, a sharing or contact step to show, a reflection to confirm) and then only
/// once. Most card actions move between cards that say nothing about groups, so they read
/// storage once, for the reflection itself. Never cached across turns: the confirm that decides
/// which group a reflection is for always sees the groups as they are now.
/// </summary>
internal sealed class PersonGroups(Func<CancellationToken, Task<IReadOnlyList<GroupMembership>>> lookup)
{
    private Task<IReadOnlyList<GroupMembership>>? _groups;

    /// <summary>Groups already known (tests, callers that have them): no lookup.</summary>
    public static PersonGroups Known(IReadOnlyList<GroupMembership> groups) => new(_ => Task.FromResult(groups));

    /// <summary>True once something asked for the groups in this turn.</summary>
    public bool WereLookedUp => _groups is not null;

    public Task<IReadOnlyList<GroupMembership>> GetAsync(CancellationToken cancellationToken) => _groups ??= lookup(cancellationToken);
}
