using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;

namespace SupervisionBot.Cards.Privacy;

/// <summary>
/// What the bot stores and does not store, in plain words. Saved reflections are pseudonymised
/// (identifiers replaced, automatically and so imperfectly), which is still personal data under
/// UK GDPR, so the card does not call them anonymous.
/// </summary>
public static class PrivacyCard
{
    public static AdaptiveCard Create(Uri privacyStatement, int retentionDays) => new()
    {
        FallbackText = "How SupervisionBot handles your data: " + privacyStatement,
        Body =
        [
            CardText.Heading("How your data is handled"),
            CardText.SectionHeading("Stored"),
            CardText.Paragraph(
                "A reflection, once you confirm it, with the names, places, dates, contact details and " +
                "ID numbers I can find replaced by tags such as [CLIENT] or [PLACE-1]. It is stored under a " +
                "code rather than your Teams identity. Automatic removal can miss things, and the story " +
                "itself stays, so a saved reflection is pseudonymised, not anonymous, and it is protected as personal data."),
            CardText.Paragraph(
                "While you are writing, each card's answers are kept the same way, identifiers already " +
                "replaced, so that you can go back or save for later. Discarding a reflection deletes them."),
            CardText.SectionHeading("Not stored"),
            CardText.Paragraph(
                "Your client's real first name, if you give it: it is used only to take it out of what you " +
                "write, then discarded. The text of your messages is not written to logs."),
            CardText.SectionHeading("Your rights"),
            CardText.Paragraph(
                "Type my reflections to see what is kept, export to download a copy, delete to remove one, " +
                "or forget me to remove everything. Saved reflections are deleted after " + Period(retentionDays) + "."),
            CardText.Paragraph("Forget me also " + MyData.MyDataCards.ForgetInGroups + " " + MyData.MyDataCards.ForgetLeaves),
            CardText.SectionHeading("Who sees it"),
            CardText.Paragraph(
                "You. If you mark a reflection to share with your supervisor or your group, it goes into the digest " +
                "your supervisor gets before each group meeting, and group-shared ones into a short summary in the " +
                "group chat, once enough members have shared. I have no way to send anything to your managers."),
            CardText.Paragraph(
                "If you ask your supervisor to contact you, I send each supervisor of your group your name and the " +
                "case label, not the reflection."),
        ],
        Actions = [new OpenUrlAction("Read the privacy statement", privacyStatement)],
    };

    private static string Period(int days) => days % 365 == 0
        ? days == 365 ? "a year" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{days / 365} years")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{days} days");
}
