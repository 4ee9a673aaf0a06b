using System.Collections.Frozen;

namespace SupervisionBot.Cards.Groups;

/// <summary>The verbs of the buttons on the supervisors' and members' group cards.</summary>
public static class GroupVerbs
{
    /// <summary>Save the settings on the setup card (its inputs come with it).</summary>
    public const string SaveSettings = "group.saveSettings";

    /// <summary>A supervisor confirms removing the group's settings.</summary>
    public const string RemoveConfirmed = "group.removeConfirmed";

    /// <summary>A supervisor keeps the group after all.</summary>
    public const string Keep = "group.keep";

    /// <summary>A member leaves a group (its id is the argument), from their 1:1 chat.</summary>
    public const string Leave = "group.leave";

    /// <summary>Someone who left a group joins it again (its id is the argument).</summary>
    public const string Rejoin = "group.rejoin";

    public static IReadOnlySet<string> All { get; } = FrozenSet.ToFrozenSet([SaveSettings, RemoveConfirmed, Keep, Leave, Rejoin], StringComparer.Ordinal);
}
