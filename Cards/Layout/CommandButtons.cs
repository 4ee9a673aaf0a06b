using SupervisionBot.Cards.Model;
using SupervisionBot.Dialogs.Commands;

namespace SupervisionBot.Cards.Layout;

/// <summary>Buttons that run a command, as Universal Actions whose verb is the command's first word.</summary>
public static class CommandButtons
{
    public static ExecuteAction For(BotCommand command, string title) =>
        ExecuteAction.For(title, new CardActionData(VerbFor(command)));

    /// <summary>The verb a button sends for a command; the bot reads it back with <see cref="CommandParser"/>.</summary>
    public static string VerbFor(BotCommand command) => CommandCatalog.Describe(command).Words[0];
}
