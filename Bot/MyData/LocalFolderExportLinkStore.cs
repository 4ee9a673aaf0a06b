using System.Globalization;

namespace SupervisionBot.Bot.MyData;

/// <summary>
/// Export links as small files <c>export-links/{hash}</c> (author pseudonym, expiry). Taking one
/// first renames it to a name only this caller knows: a rename is atomic, so of two concurrent
/// redeemers exactly one gets the file. Local-folder mode is single-instance by nature.
/// </summary>
internal sealed class LocalFolderExportLinkStore(string folder) : IExportLinkStore
{
    private readonly string _links = Path.Combine(folder, "export-links");

    public async Task SaveAsync(string tokenHash, ExportLinkRecord link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        Directory.CreateDirectory(_links);
        var content = $"{link.Author}\n{link.Expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";
        await using var file = new FileStream(Path.Combine(_links, tokenHash), FileMode.CreateNew, FileAccess.Write, FileShare.None);
        await using var writer = new StreamWriter(file);
        await writer.WriteAsync(content.AsMemory(), cancellationToken);
    }

    public async Task<ExportLinkRecord?> TakeAsync(string tokenHash, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_links, tokenHash);
        var taken = path + "." + Guid.NewGuid().ToString("N") + ".taken";
        try
        {
            File.Move(path, taken);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        try
        {
            return Parse(await File.ReadAllTextAsync(taken, cancellationToken));
        }
        finally
        {
            File.Delete(taken);
        }
    }

    public async Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(_links))
        {
            return 0;
        }

        var deleted = 0;
        foreach (var path in Directory.EnumerateFiles(_links))
        {
            string content;
            try
            {
                content = await File.ReadAllTextAsync(path, cancellationToken);
            }
            catch (FileNotFoundException)
            {
                continue; // Taken meanwhile.
            }

            if (Parse(content) is not { } link || link.Expires <= now)
            {
                File.Delete(path);
                deleted++;
            }
        }

        return deleted;
    }

    private static ExportLinkRecord? Parse(string content) =>
        content.Split('\n') is [var author, var expires]
        && long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? new ExportLinkRecord(author, DateTimeOffset.FromUnixTimeSeconds(seconds))
            : null;
}
