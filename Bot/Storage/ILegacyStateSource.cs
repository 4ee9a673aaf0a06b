namespace SupervisionBot.Bot.Storage;

/// <summary>A store whose every document can be listed and replaced, so state written by an older version can be migrated at start-up.</summary>
internal interface ILegacyStateSource
{
    IAsyncEnumerable<LegacyStateItem> ItemsAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the item with <paramref name="json"/> (null: deletes it) if it is unchanged since listed.</summary>
    Task<bool> ReplaceAsync(LegacyStateItem item, byte[]? json, CancellationToken cancellationToken);
}
