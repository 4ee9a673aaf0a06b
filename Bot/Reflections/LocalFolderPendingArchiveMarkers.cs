using System.Globalization;
using System.Runtime.CompilerServices;
using SupervisionBot.Bot.Archive;

namespace SupervisionBot.Bot.Reflections;

/// <summary>Markers as files named by the author's pseudonym, holding the time they were written.</summary>
internal sealed class LocalFolderPendingArchiveMarkers(string folder) : IPendingArchiveMarkers
{
    public async Task MarkAsync(string userKey, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var path = PathFor(userKey);
        Directory.CreateDirectory(folder);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllTextAsync(temporary, since.ToString("O", CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }

    public Task ClearAsync(string userKey, CancellationToken cancellationToken)
    {
        File.Delete(PathFor(userKey));
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<PendingArchiveMarker> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(folder))
        {
            var userKey = Path.GetFileName(path);
            if (!ArchiveLayout.IsPseudonym(userKey))
            {
                continue; // a temporary file mid-write
            }

            string text;
            try
            {
                text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            }
            catch (FileNotFoundException)
            {
                continue; // cleared while listing
            }

            var since = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var written) ? written : DateTimeOffset.MinValue;
            yield return new PendingArchiveMarker(userKey, since);
        }
    }

    private string PathFor(string userKey) => Path.Combine(folder, ArchiveLayout.ValidAuthor(userKey, nameof(userKey)));
}
