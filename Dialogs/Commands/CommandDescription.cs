namespace SupervisionBot.Dialogs.Commands;

/// <summary>One line of the help card: the words that run a command and what it does.</summary>
/// <param name="Command">The command.</param>
/// <param name="Words">What can be typed; the first is the one shown in help.</param>
/// <param name="Summary">A short, plain description.</param>
/// <param name="InGroups">Whether it is offered in group chats and channels.</param>
/// <param name="InPersonal">Whether it is offered in the 1:1 chat (false for what only a group can do, such as setting it up).</param>
/// <param name="Menu">Which of Teams' command menus list it, where it is offered (the manifest allows 12 commands in each list, and the 1:1 chat's is full).</param>
public sealed record CommandDescription(BotCommand Command, IReadOnlyList<string> Words, string Summary, bool InGroups, bool InPersonal = true, CommandMenu Menu = CommandMenu.Offered);
