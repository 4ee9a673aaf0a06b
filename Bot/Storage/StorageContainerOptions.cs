namespace SupervisionBot.Bot.Storage;

/// <summary>Blob container names (folder names under the local folder for the embedded store).</summary>
internal sealed class StorageContainerOptions
{
    /// <summary>Bot Builder state: ConversationState, UserState and anything else written through IStorage.</summary>
    public string State { get; set; } = "bot-state";
}
