using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Cards.Groups;

/// <summary>One group on the <see cref="GroupListCard"/>: its id (for the leave button), name, the person's role, whether it is paused, and whether it has no supervisor.</summary>
public sealed record GroupListEntry(string GroupId, string Name, GroupRole Role, bool IsPaused, bool NeedsSupervisor = false);
