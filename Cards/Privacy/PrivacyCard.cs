using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;

namespace SupervisionBot.Cards.Privacy;

/// <summary>
/// What the bot stores and never stores, in plain words. Saved reflections are pseudonymised
/// (identifiers replaced), which is still personal data under UK GDPR, so the card does not
/// call them anonymous.
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
                "A reflection, once you confirm it, with names, places, dates, contact details and " +
                "ID numbers replaced by tags such as [CLIENT] or [PLACE-1]. It is stored under a " +
                "code rather than your Teams identity. Replacing identifiers lowers the risk but " +
                "does not make a reflection anonymous, so it is protected as personal data."),
            CardText.SectionHeading("Never stored"),
            CardText.Paragraph(
                "Your client's real name (used only to remove it from what you write, then discarded), " +
                "anything you write before you confirm it, and the text of your messages in logs."),
            CardText.SectionHeading("Your rights"),
            CardText.Paragraph(
                "Type my reflections to see what is kept, export to download a copy, delete to remove one, " +
                "or forget me to remove everything. Saved reflections are deleted after " + Period(retentionDays) + "."),
            CardText.SectionHeading("Who sees it"),
            CardText.Paragraph(
                "Only you, unless you choose to share a reflection with your supervisor or your group. " +
                "Nothing reaches managers."),
        ],
        Actions = [new OpenUrlAction("Read the privacy statement", privacyStatement)],
    };

    private static string Period(int days) => days % 365 == 0
        ? days == 365 ? "a year" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{days / 365} years")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{days} days");
}
