using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;
using SupervisionBot.Dialogs.Commands;

namespace SupervisionBot.Cards.Welcome;

/// <summary>
/// The first thing a therapist sees when they install the bot in their 1:1 chat. Its promises
/// match the privacy card, help and the README, and what the code does: identifiers are removed
/// automatically but removal can miss things, what is kept is pseudonymised rather than anonymous,
/// and shared reflections reach a supervisor only through the group's digest.
/// </summary>
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
                "The reflections you confirm. Before I keep anything, I take out the names, places, dates, " +
                "contact details and ID numbers I can find, and you can hide more words before you confirm. " +
                "Automatic removal can miss things, and the story itself stays, so what I keep is " +
                "pseudonymised rather than anonymous, and it is protected as personal data."),
            CardText.SectionHeading("Who sees it"),
            CardText.Paragraph(
                "You. If you mark a reflection to share with your supervisor or your group, it goes into the digest " +
                "your supervisor gets before each group meeting, once enough members have shared. " +
                "What you type is not written to my logs."),
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
