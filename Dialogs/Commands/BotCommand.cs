namespace SupervisionBot.Dialogs.Commands;

/// <summary>What a person can ask the bot for, by typing a word or pressing a button.</summary>
public enum BotCommand
{
    Reflect,
    Quick,
    Resume,
    Cancel,
    Examples,
    MyReflections,
    Export,
    Delete,
    ForgetMe,
    Help,
    Welcome,
    Privacy,
    Groups,
    Setup,
    PauseGroup,
    ResumeGroup,
    RemoveGroup,
    Digest,
    Digests,
    Reminders,
}
