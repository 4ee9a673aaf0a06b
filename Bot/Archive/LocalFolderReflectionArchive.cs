using System.Globalization;
using System.Runtime.CompilerServices;

namespace SupervisionBot.Bot.Archive;

/// <summary>
/// The archive in a local folder, so the bot runs with no Azure account. Documents are
/// <c>authors/{author}/{id}.json</c>, as in the blob container. A document is written to a
/// temporary file and then moved to its name without overwriting, which either makes the whole
/// document appear at once or finds one already there: a save is atomic and idempotent, across
/// threads and processes. Group-shared documents also get an empty marker file,
/// <c>groups/{group}/{yyyy-MM}/{author}.{id}</c> (month of confirmation, UTC), and
/// supervisor-shared ones <c>groups/{group}/{yyyy-MM}/supervisor/{author}.{id}</c>, so a group's
/// reflections for a period are found without reading anyone else's.
/// </summary>
internal sealed partial class LocalFolderReflectionArchive : IReflectionArchive
{
    private readonly Lock _moveLock = new();

    private const string GroupsFolder = "groups";
    private const string MonthFormat = "yyyy-MM";

    // Supervisor-shared documents are marked in a subfolder of the month, which the group-only listing does not read.
    private const string SupervisorMarkers = "supervisor";

    private readonly string _root;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<LocalFolderReflectionArchive> _logger;

    public LocalFolderReflectionArchive(string folder, TimeProvider timeProvider, ILogger<LocalFolderReflectionArchive> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _root = Path.GetFullPath(folder);
        _timeProvider = timeProvider;
        _logger = logger;
        Directory.CreateDirectory(_root);
    }

    public string Folder => _root;

    public async Task<ArchiveSaveResult> SaveAsync(ReflectionDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var path = DocumentPath(document.Author, document.Id);
        if (document.Group is { } group)
        {
            ArchiveLayout.ValidGroup(group, nameof(document));
        }

        var started = _timeProvider.GetTimestamp();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        ArchiveSaveResult result;
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
            {
                await file.WriteAsync(ReflectionDocumentJson.Serialize(document), cancellationToken).ConfigureAwait(false);
                // On disk before the move makes it visible: a power cut leaves no document or the whole one.
                file.Flush(flushToDisk: true);
            }

            // File.Move without overwrite checks and renames in two steps on Linux, so two saves of
            // one document could both "create" it. One process owns the folder (as with the state
            // store), so a lock around the check-and-move makes it exactly-once.
            lock (_moveLock)
            {
                result = TryMoveWithoutOverwriting(temporary, path) ? ArchiveSaveResult.Created : ArchiveSaveResult.AlreadyStored;
            }
        }
        finally
        {
            File.Delete(temporary);
        }

        // Indexed from what is stored, not from what was passed in: after a crash between the
        // document and its marker, the retried save finds the document and repairs the index.
        var stored = result == ArchiveSaveResult.Created ? document : await ReadAsync(path, cancellationToken).ConfigureAwait(false);
        if (stored is not null && MarkerPath(stored) is { } marker)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(marker)!);
            await using (new FileStream(marker, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
            {
            }
        }

        var elapsed = _timeProvider.GetElapsedTime(started);
        LogSaved(_logger, document.Id, result, elapsed.TotalMilliseconds);
        return result;
    }

    public async Task<IReadOnlyList<ReflectionSummary>> ListByAuthorAsync(string author, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var documents = await ReadAuthorAsync(author, cancellationToken).ConfigureAwait(false);
        return [.. documents.Take(max).Select(ReflectionSummary.Of)];
    }

    public Task<ReflectionDocument?> GetAsync(string author, Guid id, CancellationToken cancellationToken) =>
        ReadAsync(DocumentPath(author, id), cancellationToken);

    public async IAsyncEnumerable<ReflectionDocument> ListAllByAuthorAsync(string author, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var document in await ReadAuthorAsync(author, cancellationToken).ConfigureAwait(false))
        {
            yield return document;
        }
    }

    public async Task<bool> DeleteAsync(string author, Guid id, CancellationToken cancellationToken)
    {
        var deleted = await DeleteDocumentAsync(DocumentPath(author, id), cancellationToken).ConfigureAwait(false);
        LogDeleted(_logger, deleted ? 1 : 0, "one");
        return deleted;
    }

    public async Task<int> DeleteAllByAuthorAsync(string author, CancellationToken cancellationToken)
    {
        var folder = AuthorFolder(author);
        var count = 0;
        foreach (var path in DocumentsIn(folder))
        {
            count += await DeleteDocumentAsync(path, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        // The folder is named by the pseudonym: forgetting someone leaves no trace of them.
        DeleteFolderIfEmpty(folder);
        LogDeleted(_logger, count, "author");
        return count;
    }

    public async IAsyncEnumerable<ReflectionDocument> ListSharedWithGroupAsync(
        string group, DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var groupFolder = Path.Combine(_root, GroupsFolder, ArchiveLayout.ValidGroup(group));
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        if (!Directory.Exists(groupFolder))
        {
            yield break;
        }

        var documents = new List<ReflectionDocument>();
        foreach (var monthFolder in Directory.EnumerateDirectories(groupFolder))
        {
            if (!DateTimeOffset.TryParseExact(
                    Path.GetFileName(monthFolder), MonthFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var month)
                || month >= to
                || month.AddMonths(1) <= from)
            {
                continue;
            }

            foreach (var marker in Directory.EnumerateFiles(monthFolder))
            {
                if (ParseMarker(Path.GetFileName(marker)) is not var (author, id))
                {
                    continue;
                }

                // The document decides: a marker left by an interrupted delete leads nowhere.
                if (await ReadAsync(DocumentPath(author, id), cancellationToken).ConfigureAwait(false) is { } document
                    && document.IsSharedWith(group, from, to))
                {
                    documents.Add(document);
                }
            }
        }

        foreach (var document in documents.OrderBy(document => document.ConfirmedAt).ThenBy(document => document.Id))
        {
            yield return document;
        }
    }

    public async IAsyncEnumerable<ReflectionDocument> StreamSharedInGroupAsync(
        string group, DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var groupFolder = Path.Combine(_root, GroupsFolder, ArchiveLayout.ValidGroup(group));
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        if (!Directory.Exists(groupFolder))
        {
            yield break;
        }

        foreach (var monthFolder in Directory.EnumerateDirectories(groupFolder))
        {
            if (!DateTimeOffset.TryParseExact(
                    Path.GetFileName(monthFolder), MonthFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var month)
                || month >= to
                || month.AddMonths(1) <= from)
            {
                continue;
            }

            foreach (var markers in new[] { monthFolder, Path.Combine(monthFolder, SupervisorMarkers) })
            {
                if (!Directory.Exists(markers))
                {
                    continue;
                }

                foreach (var marker in Directory.EnumerateFiles(markers))
                {
                    if (ParseMarker(Path.GetFileName(marker)) is var (author, id)
                        && await ReadAsync(DocumentPath(author, id), cancellationToken).ConfigureAwait(false) is { } document
                        && GroupShares.Includes(document, group, from, to))
                    {
                        yield return document;
                    }
                }
            }
        }
    }

    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var started = _timeProvider.GetTimestamp();
        var authors = Path.Combine(_root, ArchiveLayout.AuthorsFolder);
        var count = 0;
        if (Directory.Exists(authors))
        {
            foreach (var folder in Directory.EnumerateDirectories(authors))
            {
                foreach (var path in DocumentsIn(folder))
                {
                    if (await ReadAsync(path, cancellationToken).ConfigureAwait(false) is { } document && document.ConfirmedAt < cutoff)
                    {
                        count += await DeleteDocumentAsync(path, cancellationToken).ConfigureAwait(false) ? 1 : 0;
                    }
                }

                DeleteFolderIfEmpty(folder);
            }
        }

        var elapsed = _timeProvider.GetElapsedTime(started);
        LogRetention(_logger, count, elapsed.TotalMilliseconds);
        return count;
    }

    private async Task<List<ReflectionDocument>> ReadAuthorAsync(string author, CancellationToken cancellationToken)
    {
        var documents = new List<ReflectionDocument>();
        foreach (var path in DocumentsIn(AuthorFolder(author)))
        {
            if (await ReadAsync(path, cancellationToken).ConfigureAwait(false) is { } document)
            {
                documents.Add(document);
            }
        }

        documents.Sort((a, b) => b.ConfirmedAt != a.ConfirmedAt ? b.ConfirmedAt.CompareTo(a.ConfirmedAt) : a.Id.CompareTo(b.Id));
        return documents;
    }

    /// <summary>
    /// Deletes the index marker before the document, so an interruption leaves at worst a document
    /// missing from its group's index (which deleting it again finishes), never a marker pointing at nothing.
    /// </summary>
    private async Task<bool> DeleteDocumentAsync(string path, CancellationToken cancellationToken)
    {
        if (await ReadAsync(path, cancellationToken).ConfigureAwait(false) is not { } document)
        {
            return false;
        }

        if (MarkerPath(document) is { } marker)
        {
            File.Delete(marker);
            DeleteFolderIfEmpty(Path.GetDirectoryName(marker)!);
        }

        File.Delete(path);
        return true;
    }

    private async Task<ReflectionDocument?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        byte[] json;
        try
        {
            json = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        var document = ReflectionDocumentJson.Deserialize(json);
        return DocumentPath(document.Author, document.Id) == path
            ? document
            : throw new InvalidDataException($"The reflection stored as {ArchiveLayout.IdOf(path)} names another author or id.");
    }

    private static bool TryMoveWithoutOverwriting(string source, string destination)
    {
        try
        {
            File.Move(source, destination, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(destination))
        {
            return false;
        }
    }

    // A snapshot, so deleting while walking the folder is safe; temporary files are not documents.
    private static List<string> DocumentsIn(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*" + ArchiveLayout.Extension).Where(path => ArchiveLayout.IdOf(path) is not null)]
            : [];

    private static void DeleteFolderIfEmpty(string folder)
    {
        try
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
        catch (IOException)
        {
            // Something was written into it meanwhile: then it is not empty and stays.
        }
    }

    private string AuthorFolder(string author) => Path.Combine(_root, ArchiveLayout.AuthorsFolder, ArchiveLayout.ValidAuthor(author));

    private string DocumentPath(string author, Guid id) => Path.Combine(AuthorFolder(author), ArchiveLayout.FileName(id));

    private string? MarkerPath(ReflectionDocument document)
    {
        if (document is not { Sharing: ReflectionSharing.Group or ReflectionSharing.Supervisor, Group: { } group })
        {
            return null;
        }

        var month = Path.Combine(
            _root, GroupsFolder, ArchiveLayout.ValidGroup(group), document.ConfirmedAt.UtcDateTime.ToString(MonthFormat, CultureInfo.InvariantCulture));
        var name = $"{ArchiveLayout.ValidAuthor(document.Author)}.{document.Id:D}";
        return document.Sharing == ReflectionSharing.Group ? Path.Combine(month, name) : Path.Combine(month, SupervisorMarkers, name);
    }

    private static (string Author, Guid Id)? ParseMarker(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0
            && ArchiveLayout.IsPseudonym(name[..dot])
            && Guid.TryParseExact(name[(dot + 1)..], "D", out var id)
            ? (name[..dot], id)
            : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Archived reflection {ReflectionId}: {Result}, {ElapsedMs:0.0} ms")]
    private static partial void LogSaved(ILogger logger, Guid reflectionId, ArchiveSaveResult result, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Archive delete ({Scope}): {Count} reflections deleted")]
    private static partial void LogDeleted(ILogger logger, int count, string scope);

    [LoggerMessage(Level = LogLevel.Information, Message = "Archive retention sweep: {Count} reflections deleted, {ElapsedMs:0.0} ms")]
    private static partial void LogRetention(ILogger logger, int count, double elapsedMs);
}
