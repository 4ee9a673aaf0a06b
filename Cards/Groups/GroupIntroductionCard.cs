using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;
using SupervisionBot.Dialogs.Commands;

namespace SupervisionBot.Cards.Groups;

/// <summary>Said once when the bot is added to a group chat or a team's channel.</summary>
public static class GroupIntroductionCard
{
    public static AdaptiveCard Create() => new()
    {
        FallbackText = "Hello, I'm SupervisionBot. Mention me with help to see what I can do.",
        Body =
        [
            CardText.Heading("Hello, I'm SupervisionBot"),
            CardText.Paragraph(
                "I help the members of this supervision group reflect on their client work between " +
                "meetings. Reflections are written privately, in a 1:1 chat with me; the group only " +
                "ever sees what a member chooses to share."),
            CardText.Paragraph(
                "I stay quiet here unless someone mentions me, for example: @SupervisionBot help."),
        ],
        Actions = [CommandButtons.For(BotCommand.Help, "What can you do?")],
    };
}
