namespace SupervisionBot.Bot.Routing;

/// <summary>Where a command or button may be used.</summary>
[Flags]
internal enum Places
{
    None = 0,

    /// <summary>The 1:1 chat with the bot, where reflections are written.</summary>
    Personal = 1,

    GroupChat = 2,

    /// <summary>A team's channel.</summary>
    Channel = 4,

    /// <summary>Group chats and channels: where a supervision group meets.</summary>
    Groups = GroupChat | Channel,

    Anywhere = Personal | Groups,
}
