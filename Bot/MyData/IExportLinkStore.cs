namespace SupervisionBot.Bot.MyData;

/// <summary>
/// Pending export links, shared by every instance, so a download that lands on another instance
/// than the one that issued the link still works. Links are stored under a hash of their token,
/// never the token itself, so reading the store does not give anyone a working link.
/// </summary>
internal interface IExportLinkStore
{
    Task SaveAsync(string tokenHash, ExportLinkRecord link, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the link and returns it, to exactly one caller however many ask at once; null if
    /// there is no such link (never issued, or already taken).
    /// </summary>
    Task<ExportLinkRecord?> TakeAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>Deletes links that expired unused; returns how many.</summary>
    Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
