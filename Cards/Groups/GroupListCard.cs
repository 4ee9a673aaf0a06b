using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Cards.Groups;

/// <summary>"groups" in the 1:1 chat: the person's supervision groups and their role in each, or how to join one.</summary>
public static class GroupListCard
{
    public const string HowToJoin =
        "A supervision group is a Teams group chat or channel with me in it. Once someone there mentions me with setup " +
        "and saves the settings, everyone in that conversation is a member, and I send each a short note here.";

    /// <summary>What a group with no supervisor left says, paused (the last one left the conversation) or not (they asked to be forgotten).</summary>
    public static string NeedsSupervisor(bool isPaused) => isPaused
        ? "It has no supervisor now, so it is paused: no digests or reminders until someone in it chooses one by mentioning me with setup in the group's chat."
        : "It has no supervisor now: reminders and the group summary go on, but digests and requests for contact can't reach a supervisor. Anyone in it can choose a supervisor by mentioning me with setup in the group's chat.";

    /// <param name="groups">The groups the person is in.</param>
    /// <param name="left">Groups whose conversation they are in but which they chose to leave: they can rejoin.</param>
    public static AdaptiveCard Create(IReadOnlyList<GroupListEntry> groups, IReadOnlyList<GroupListEntry>? left = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        left ??= [];
        if (groups.Count == 0 && left.Count == 0)
        {
            return new AdaptiveCard
            {
                FallbackText = "You are not in a supervision group yet.",
                Body =
                [
                    CardText.Heading("Your supervision groups"),
                    CardText.Paragraph("You are not in a supervision group yet, so your reflections stay private to you."),
                    CardText.Paragraph(HowToJoin),
                ],
            };
        }

        var body = new List<CardElement> { CardText.Heading("Your supervision groups") };
        if (groups.Count == 0)
        {
            body.Add(CardText.Paragraph("You are not a member of a supervision group at the moment."));
        }

        foreach (var group in groups)
        {
            var role = group.Role == GroupRole.Supervisor ? "You supervise this group" : "You are a member";
            var items = new List<CardElement>
            {
                new TextBlock(group.Name) { Weight = TextWeight.Bolder, Wrap = true },
                CardText.Subtle(group.NeedsSupervisor ? $"{role}. {NeedsSupervisor(group.IsPaused)}"
                    : group.IsPaused ? $"{role}. Paused by a supervisor: no digests or reminders for now." : $"{role}."),
            };
            if (group.Role == GroupRole.Member)
            {
                items.Add(new ActionSet([ExecuteAction.For("Leave this group", new CardActionData(GroupVerbs.Leave) { Argument = group.GroupId })]));
            }

            body.Add(new Container(items) { Spacing = Spacing.Medium, Separator = true });
        }

        foreach (var group in left)
        {
            body.Add(new Container(
            [
                new TextBlock(group.Name) { Weight = TextWeight.Bolder, Wrap = true },
                CardText.Subtle("You left this group, so I don't send you anything about it."),
                new ActionSet([ExecuteAction.For("Rejoin the group", new CardActionData(GroupVerbs.Rejoin) { Argument = group.GroupId })]),
            ])
            { Spacing = Spacing.Medium, Separator = true });
        }

        body.Add(CardText.Subtle(
            "Supervisors see what you choose to share with them; the group sees what you share with the group. " +
            "A reflection you keep private goes to no group. A supervisor leaves a group by asking another supervisor to change its settings."));
        return new AdaptiveCard { FallbackText = $"Your supervision groups: {string.Join(", ", groups.Concat(left).Select(g => g.Name))}.", Body = body };
    }
}
