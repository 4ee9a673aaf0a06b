using Microsoft.Bot.Builder;

namespace SupervisionBot.Bot.Storage;

/// <summary>
/// How both stores interpret an <see cref="IStoreItem"/>'s ETag, matching the SDK's BlobsStorage
/// and CosmosDbPartitionedStorage: null, empty or "*" writes unconditionally; any other value
/// writes only if the stored item still has that ETag (so a deleted item is a conflict too).
/// A conflict surfaces as <see cref="InvalidOperationException"/>, as BlobsStorage throws it.
/// Plain values, including ConversationState's and UserState's dictionaries, are last-writer-wins.
/// </summary>
internal static class ETagConflict
{
    public const string Wildcard = "*";

    /// <summary>The ETag a write must match, or null for an unconditional write.</summary>
    public static string? RequiredETag(object value) =>
        value is IStoreItem { ETag: { Length: > 0 } etag } && etag != Wildcard ? etag : null;

    private const string Message = "Etag conflict: the stored item was changed or deleted since it was read.";

    public static InvalidOperationException Exception(Exception? inner = null) => new(Message, inner);

    /// <summary>True for the conflict either store throws, so callers can treat it as "someone else won".</summary>
    public static bool Is(Exception exception) => exception is InvalidOperationException { Message: Message };
}
