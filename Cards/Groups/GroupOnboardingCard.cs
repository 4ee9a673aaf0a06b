using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;
using SupervisionBot.Dialogs.Commands;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Cards.Groups;

/// <summary>
/// The one 1:1 note each member gets when they join a supervision group: what joining means,
/// who sees what, and how to leave. It names no other member.
/// </summary>
public static class GroupOnboardingCard
{
    public static AdaptiveCard Create(string groupId, string groupName, int minimumContributors, bool isSupervisor) =>
        isSupervisor ? ForSupervisor(groupName, minimumContributors) : ForMember(groupId, groupName, minimumContributors);

    private static AdaptiveCard ForSupervisor(string groupName, int minimumContributors) => new()
    {
        FallbackText = $"You supervise {groupName}. Type groups to see your groups.",
        Body =
        [
            CardText.Heading($"You supervise {groupName}"),
            CardText.Paragraph(
                "Before each meeting I send you a digest of what members chose to share with their supervisors or the group. " +
                $"Figures and questions appear only once at least {minimumContributors} members have shared, and questions are not attributed to anyone."),
            CardText.Paragraph(
                "Members' private reflections don't reach you. When a member asks you to contact them, I tell you here straight away."),
            CardText.Subtle("Change the settings, pause or remove the group by mentioning me in its conversation with setup, pause group or remove group."),
        ],
        Actions = [CommandButtons.For(BotCommand.Groups, "My groups")],
    };

    private static AdaptiveCard ForMember(string groupId, string groupName, int minimumContributors) => new()
    {
        FallbackText = $"You're a member of the supervision group {groupName}. Type groups to see your groups, or leave one.",
        Body =
        [
            CardText.Heading($"You're a member of {groupName}"),
            CardText.Paragraph(
                $"{groupName} has been set up with me in its Teams conversation, and you are in that conversation, so you are a member. " +
                "Between meetings you can reflect on your client work here, in this 1:1 chat."),
            CardText.SectionHeading("Who sees what"),
            CardText.Paragraph(
                "Each time you save a reflection, you choose who it is for. Kept private, it stays with you. " +
                "Shared with your supervisor, it goes into the supervisors' digest before the meeting. " +
                $"Shared with the group, it also feeds a short summary in the group's conversation, which shows figures and questions only once at least {minimumContributors} members have shared."),
            CardText.Paragraph("The other members don't see which reflections are yours, and I don't tell anyone who has or hasn't reflected."),
            CardText.SectionHeading("If you'd rather not take part"),
            CardText.Paragraph(
                "Leave the group with the button below. You stay in the Teams conversation, but I stop sending you anything about this group " +
                "and don't offer it when you share. You can rejoin from groups at any time."),
        ],
        Actions =
        [
            CommandButtons.For(BotCommand.Reflect, "Reflect on a session") with { Style = ActionStyle.Positive },
            ExecuteAction.For("Leave this group", new CardActionData(GroupVerbs.Leave) { Argument = groupId }),
            CommandButtons.For(BotCommand.Groups, "My groups"),
        ],
    };

    /// <summary>Said in the group when some members could not be reached 1:1 (no names: nobody is singled out).</summary>
    public const string UnreachableNote =
        "I couldn't start a 1:1 chat with everyone here, usually because the app isn't installed for them yet. " +
        "If you haven't had a note from me, open a chat with SupervisionBot and type groups.";

    /// <summary>After leaving: what changed, what did not, and the way back.</summary>
    public static AdaptiveCard Left(string groupId, string groupName) => new()
    {
        FallbackText = $"You've left {groupName}.",
        Body =
        [
            CardText.Heading($"You've left {groupName}"),
            CardText.Paragraph(
                "I won't send you digests, reminders or notes for this group, and I won't offer it when you share a reflection. " +
                "What you shared before you left stays in this cycle's digest; your own reflections stay yours to see, export or delete."),
        ],
        Actions = [ExecuteAction.For("Rejoin the group", new CardActionData(GroupVerbs.Rejoin) { Argument = groupId })],
    };

    /// <summary>After rejoining.</summary>
    public static AdaptiveCard Rejoined(string groupName) => new()
    {
        FallbackText = $"You're back in {groupName}.",
        Body = [CardText.Heading($"You're back in {groupName}"), CardText.Paragraph("You can choose it again when you share a reflection.")],
        Actions = [CommandButtons.For(BotCommand.Groups, "My groups")],
    };
}
