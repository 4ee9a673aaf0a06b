namespace SupervisionBot.Supervision.Groups;

/// <summary>What the setup card's answers amount to: settings that can be kept, or the problems to show next to each field.</summary>
public sealed record GroupSetupResult(GroupSettings? Settings, IReadOnlyList<SettingsProblem> Problems)
{
    public bool IsValid => Settings is not null && Problems.Count == 0;
}
