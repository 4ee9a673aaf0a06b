using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;
using SupervisionBot.Dialogs.Commands;

namespace SupervisionBot.Cards.Help;

/// <summary>Lists the commands that work, for the 1:1 chat or for a group.</summary>
public static class HelpCard
{
    /// <summary>The reflection's relationship questions are the product's own; help says so, as the flow's card does.</summary>
    public const string NotAValidatedScale =
        "The questions about how your client experiences the relationship are SupervisionBot's own reflective questions, " +
        "rated by you from your sense of the work. They are not a validated scale or questionnaire, and they are no measure of outcome.";

    /// <param name="inGroup">True in a group chat or channel, where only some commands apply.</param>
    /// <param name="didNotUnderstand">True when answering text the bot did not recognise.</param>
    public static AdaptiveCard Create(bool inGroup, bool didNotUnderstand)
    {
        var commands = CommandCatalog.All.Where(c => inGroup ? c.InGroups : c.InPersonal).ToList();
        var body = new List<CardElement>();
        if (didNotUnderstand)
        {
            body.Add(CardText.Paragraph("Sorry, I didn't recognise that. Here is what I can do."));
        }

        body.Add(CardText.Heading("What I can do"));
        body.Add(new FactSet(commands.Select(c => new Fact(c.Words[0], c.Summary)).ToList()));
        if (!inGroup)
        {
            body.Add(CardText.Paragraph(NotAValidatedScale));
        }

        body.Add(CardText.Subtle(inGroup
            ? "In a group chat or channel, mention me first, for example: @SupervisionBot help. Reflections are written privately, in your 1:1 chat with me."
            : "Type a command, or use the buttons below."));

        return new AdaptiveCard
        {
            FallbackText = "Commands: " + string.Join(", ", commands.Select(c => c.Words[0])),
            Body = body,
            Actions = [CommandButtons.For(BotCommand.Privacy, "How my data is handled")],
        };
    }
}
