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
                "meetings. Reflections are written privately, in a 1:1 chat with me. I don't share " +
                "reflections with the group; if that comes, only what a member marks to share will reach it."),
            CardText.Paragraph(
                "I stay quiet here unless someone mentions me, for example: @SupervisionBot help."),
        ],
        Actions = [CommandButtons.For(BotCommand.Help, "What can you do?")],
    };
}
