using System.Collections.Frozen;

namespace SupervisionBot.Cards.Groups;

/// <summary>The verbs of the buttons on the supervisors' cards.</summary>
public static class GroupVerbs
{
    /// <summary>Save the settings on the setup card (its inputs come with it).</summary>
    public const string SaveSettings = "group.saveSettings";

    public static IReadOnlySet<string> All { get; } = FrozenSet.ToFrozenSet([SaveSettings], StringComparer.Ordinal);
}
