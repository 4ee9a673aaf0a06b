using System.Collections.Frozen;

namespace SupervisionBot.Dialogs.Commands;

/// <summary>
/// Every command the bot understands, in the order help lists them. A command is added here
/// only when it works, so help never offers something that does not exist yet.
/// </summary>
public static class CommandCatalog
{
    public static IReadOnlyList<CommandDescription> All { get; } =
    [
        new(BotCommand.Reflect, ["reflect", "reflection", "new reflection"], "Reflect on a session with a client, one short card at a time.", InGroups: false),
        new(BotCommand.Quick, ["quick", "check in", "check-in", "quick check-in"], "A quick check-in for a busy day: three short cards.", InGroups: false),
        new(BotCommand.Resume, ["resume", "continue"], "Pick up the reflection you saved for later.", InGroups: false),
        new(BotCommand.Cancel, ["cancel", "discard"], "Discard the reflection you have open.", InGroups: false),
        new(BotCommand.Examples, ["examples", "example"], "Read fictional example reflections.", InGroups: false),
        new(BotCommand.MyReflections, ["my reflections", "reflections", "list"], "See your recent reflections.", InGroups: false),
        new(BotCommand.Export, ["export", "download"], "Download all your reflections to keep, for example as evidence of supervision.", InGroups: false),
        new(BotCommand.Delete, ["delete"], "Delete one of your reflections.", InGroups: false),
        new(BotCommand.ForgetMe, ["forget me", "delete everything", "delete my data"], "Delete everything I hold about you.", InGroups: false),
        new(BotCommand.Help, ["help", "commands", "?", "menu"], "Show what I can do.", InGroups: true),
        new(BotCommand.Welcome, ["welcome", "hello", "hi", "start"], "Show the introduction again.", InGroups: false, Menu: CommandMenu.None),
        new(BotCommand.Privacy, ["privacy", "what do you store"], "What I store, what I don't, and your rights.", InGroups: true),
        new(BotCommand.Groups, ["groups", "my groups"], "See the supervision groups you are in, your role in each, and how to leave one.", InGroups: false),
        new(BotCommand.Setup, ["setup", "set up", "settings", "group settings"], "Set up this supervision group, or change its settings if you supervise it.", InGroups: true, InPersonal: false),
        new(BotCommand.PauseGroup, ["pause group", "pause"], "Supervisors: pause this group's digests and reminders, keeping its settings.", InGroups: true, InPersonal: false),
        new(BotCommand.ResumeGroup, ["resume group", "unpause", "restart group"], "Supervisors: start this group's digests and reminders again.", InGroups: true, InPersonal: false),
        new(BotCommand.RemoveGroup, ["remove group"], "Supervisors: remove this group's settings. Members' reflections stay with them.", InGroups: true, InPersonal: false),
        new(BotCommand.Digest, ["digest", "digest now"], "Supervisors: the digest so far for your group's next meeting, sent to our 1:1 chat.", InGroups: true, Menu: CommandMenu.GroupsOnly),
        new(BotCommand.Digests, ["digests", "past digests"], "Supervisors: open the digests sent before past meetings.", InGroups: false, Menu: CommandMenu.None),
        new(BotCommand.Reminders, ["reminders", "pause reminders"], "Pause the gentle reminder before each meeting, or turn it back on.", InGroups: false, Menu: CommandMenu.None),
    ];

    private static readonly FrozenDictionary<string, BotCommand> ByWord = All
        .SelectMany(d => d.Words.Select(w => (Word: w, d.Command)))
        .ToFrozenDictionary(p => p.Word, p => p.Command, StringComparer.OrdinalIgnoreCase);

    /// <summary>The command typed in <paramref name="normalisedText"/>, if it names one exactly.</summary>
    public static BotCommand? Find(string normalisedText) =>
        ByWord.TryGetValue(normalisedText, out var command) ? command : null;

    public static CommandDescription Describe(BotCommand command) => All.First(d => d.Command == command);
}
