using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;
using SupervisionBot.Dialogs.Commands;

namespace SupervisionBot.Cards.Welcome;

/// <summary>The first thing a therapist sees when they install the bot in their 1:1 chat.</summary>
public static class WelcomeCard
{
    public static AdaptiveCard Create() => new()
    {
        FallbackText = "Welcome to SupervisionBot. Type help to see what I can do.",
        Body =
        [
            CardText.Heading("Welcome to SupervisionBot"),
            CardText.Paragraph(
                "I am here to help you reflect on your client work between supervision group meetings: " +
                "a few short cards at a time, at your own pace, in this private chat."),
            CardText.SectionHeading("What I keep"),
            CardText.Paragraph(
                "Only what you choose to save, after names, places, dates, numbers and other details " +
                "that could identify anyone have been taken out. What you save stays private to you " +
                "unless you decide to share it with your supervisor or your group."),
            CardText.SectionHeading("What I never keep"),
            CardText.Paragraph(
                "Your clients' names or anything else that could identify them. Nothing you type is " +
                "written to logs, and nothing goes to managers or anyone outside your supervision group."),
            CardText.Paragraph("You can see, download and delete what I keep at any time: type my reflections, export or forget me."),
            CardText.Subtle("Type help at any time to see what I can do."),
        ],
        Actions =
        [
            CommandButtons.For(BotCommand.Reflect, "Reflect on a session") with { Style = ActionStyle.Positive },
            CommandButtons.For(BotCommand.Quick, "Quick check-in"),
            CommandButtons.For(BotCommand.Examples, "See an example"),
            CommandButtons.For(BotCommand.Privacy, "How my data is handled"),
        ],
    };
}
