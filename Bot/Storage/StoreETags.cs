namespace SupervisionBot.Bot.Storage;

/// <summary>ETag values with a meaning of their own in <see cref="ISessionStore.PutAsync{T}"/>.</summary>
internal static class StoreETags
{
    /// <summary>Write whatever is stored: last writer wins. For documents nobody edits concurrently.</summary>
    public const string Any = "*";
}
