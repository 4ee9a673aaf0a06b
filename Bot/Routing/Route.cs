using SupervisionBot.Dialogs.Commands;

namespace SupervisionBot.Bot.Routing;

/// <summary>
/// One entry of the route table: a command (typed, or sent by a button whose verb is its first
/// word) or a button verb; where it may be used, who may use it, its help text and its handler.
/// </summary>
internal sealed record Route(string Name, Places Where, Audience Who, string Help, RouteHandler Handle)
{
    /// <summary>The command this entry runs; null for a button verb.</summary>
    public BotCommand? Command { get; private init; }

    /// <summary>
    /// Where the command is offered in help and in the manifest's command lists; normally where
    /// it works. Empty for button verbs, which nobody types.
    /// </summary>
    public Places Listed { get; private init; }

    /// <summary>A command; its name and help text come from the <see cref="CommandCatalog"/>.</summary>
    public static Route For(BotCommand command, Places where, Audience who, RouteHandler handle, Places? listed = null)
    {
        var description = CommandCatalog.Describe(command);
        return new Route(description.Words[0], where, who, description.Summary, handle) { Command = command, Listed = listed ?? where };
    }

    /// <summary>A button verb, which only cards send.</summary>
    public static Route ForVerb(string verb, Places where, Audience who, string help, RouteHandler handle) =>
        new(verb, where, who, help, handle);
}
