namespace SupervisionBot.Bot.Archive;

/// <summary>What a save did. Both mean the reflection is safely in the archive.</summary>
internal enum ArchiveSaveResult
{
    /// <summary>This call stored the document.</summary>
    Created,

    /// <summary>A document with this id was already stored (a redelivery, a second click); it was left as it was.</summary>
    AlreadyStored,
}
