using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Groups;

/// <summary>One group a person belongs to, and their role in it.</summary>
internal sealed record GroupMembership(SupervisionGroup Group, GroupRole Role);
