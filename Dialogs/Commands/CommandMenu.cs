namespace SupervisionBot.Dialogs.Commands;

/// <summary>Which of Teams' command menus list a command; help lists it wherever it is offered.</summary>
public enum CommandMenu
{
    /// <summary>Every menu where the command is offered.</summary>
    Offered,

    /// <summary>Only the group chat and channel menu (the 1:1 chat's list is full).</summary>
    GroupsOnly,

    /// <summary>No menu: typed, or found through help.</summary>
    None,
}
