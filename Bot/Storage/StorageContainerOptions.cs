namespace SupervisionBot.Bot.Storage;

/// <summary>Blob container names (folder names under the local folder for the embedded store).</summary>
internal sealed class StorageContainerOptions
{
    /// <summary>The session store: open reflections and what the bot remembers about each conversation.</summary>
    public string State { get; set; } = "bot-state";
}
