using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;

namespace SupervisionBot.Cards.Groups;

/// <summary>A supervisor asked to remove the group: what that does and does not delete, before they confirm.</summary>
public static class GroupRemovalCard
{
    public const string WhatRemovalKeeps =
        "Members' reflections are not deleted: each stays in its author's records, to see, export or delete as before.";

    public static AdaptiveCard Confirm(string groupName) => new()
    {
        FallbackText = $"Remove {groupName}?",
        Body =
        [
            CardText.Heading($"Remove {groupName}?"),
            CardText.Paragraph(
                "This deletes the group's settings: its name, supervisors, meeting times and its member list here. " +
                "Digests and reminders for it stop."),
            CardText.Paragraph(WhatRemovalKeeps),
            CardText.Subtle("To stop for a while instead, mention me with pause group."),
        ],
        Actions =
        [
            ExecuteAction.For("Remove the group's settings", new CardActionData(GroupVerbs.RemoveConfirmed)) with { Style = ActionStyle.Destructive },
            ExecuteAction.For("Keep the group", new CardActionData(GroupVerbs.Keep)),
        ],
    };

    public static AdaptiveCard Removed(string groupName) => new()
    {
        FallbackText = $"{groupName}'s settings are removed.",
        Body =
        [
            CardText.Heading($"{groupName}'s settings are removed"),
            CardText.Paragraph(WhatRemovalKeeps),
            CardText.Subtle("Anyone here can set up a group again: mention me with setup."),
        ],
    };

    public static AdaptiveCard Kept(string groupName) => new()
    {
        FallbackText = $"{groupName} is kept.",
        Body = [CardText.Heading($"{groupName} is kept"), CardText.Paragraph("Its settings are as they were.")],
    };
}
