using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;
using SupervisionBot.Dialogs.Commands;

namespace SupervisionBot.Cards.Help;

/// <summary>Lists the commands that work, for the 1:1 chat or for a group.</summary>
public static class HelpCard
{
    /// <param name="inGroup">True in a group chat or channel, where only some commands apply.</param>
    /// <param name="didNotUnderstand">True when answering text the bot did not recognise.</param>
    public static AdaptiveCard Create(bool inGroup, bool didNotUnderstand)
    {
        var commands = CommandCatalog.All.Where(c => !inGroup || c.InGroups).ToList();
        var body = new List<CardElement>();
        if (didNotUnderstand)
        {
            body.Add(CardText.Paragraph("Sorry, I didn't recognise that. Here is what I can do."));
        }

        body.Add(CardText.Heading("What I can do"));
        body.Add(new FactSet(commands.Select(c => new Fact(c.Words[0], c.Summary)).ToList()));
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
