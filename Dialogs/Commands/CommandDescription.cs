namespace SupervisionBot.Dialogs.Commands;

/// <summary>One line of the help card: the words that run a command and what it does.</summary>
/// <param name="Command">The command.</param>
/// <param name="Words">What can be typed; the first is the one shown in help.</param>
/// <param name="Summary">A short, plain description.</param>
/// <param name="InGroups">Whether it is offered in group chats and channels as well as the 1:1 chat.</param>
public sealed record CommandDescription(BotCommand Command, IReadOnlyList<string> Words, string Summary, bool InGroups);
