using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SupervisionBot.Bot.Privacy;

namespace SupervisionBot.Bot.Storage;

/// <summary>
/// The session store in a local folder, so the bot runs with no Azure account. One file per key,
/// named by the key's pseudonym: the first line is the document's ETag, the rest is the same JSON
/// <see cref="BlobSessionStore"/> writes. A new version is written (and flushed to disk) into a spare
/// file beside the document, which then takes the document's place in one step, so a reader or a
/// crash never sees half a document. Where the system can swap two names (<see cref="FileExchange"/>)
/// the old version becomes the spare and is emptied, so no file is created or deleted per write;
/// elsewhere the spare is renamed over the old one. Writers to the same key are serialised inside
/// this process; the folder is not meant to be shared between processes.
/// </summary>
internal sealed partial class LocalFolderSessionStore : ISessionStore, ILegacyStateSource, IDisposable
{
    private const string Extension = ".json";

    /// <summary>Beside each document once it has been replaced: the file its next version is written into, empty in between.</summary>
    internal const string SpareSuffix = ".spare";

    /// <summary>Room for the ETag line this store writes (32 hex digits and a newline), with some to spare.</summary>
    private const int ETagLineBytes = 64;

    // Striped locks: enough to keep unrelated keys from waiting on each other, without a lock
    // object per key that would live for as long as the process.
    private readonly SemaphoreSlim[] _locks = [.. Enumerable.Range(0, 32).Select(_ => new SemaphoreSlim(1, 1))];
    private readonly string _folder;
    private readonly Pseudonymizer _pseudonymizer;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<LocalFolderSessionStore> _logger;

    public LocalFolderSessionStore(
        string folder,
        Pseudonymizer pseudonymizer,
        TimeProvider timeProvider,
        ILogger<LocalFolderSessionStore> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = Path.GetFullPath(folder);
        _pseudonymizer = pseudonymizer;
        _timeProvider = timeProvider;
        _logger = logger;
        Directory.CreateDirectory(_folder);
    }

    public Task<Stored<T>?> GetAsync<T>(StoreKey<T> key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        var started = _timeProvider.GetTimestamp();
        var file = ReadFile(PathFor(key.Name));
        var elapsed = _timeProvider.GetElapsedTime(started);
        LogRead(_logger, elapsed.TotalMilliseconds);
        return Task.FromResult(file is null
            ? null
            : new Stored<T>(JsonSerializer.Deserialize(file.Json, key.Type) ?? throw new JsonException($"A stored {typeof(T).Name} cannot be null."), file.ETag));
    }

    public async Task<PutResult> PutAsync<T>(StoreKey<T> key, T value, string? ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        var started = _timeProvider.GetTimestamp();
        var path = PathFor(key.Name);
        var gate = LockFor(path);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = WriteFile(path, () => JsonSerializer.SerializeToUtf8Bytes(value, key.Type), ifMatch);
            var elapsed = _timeProvider.GetElapsedTime(started);
            LogWrite(_logger, result.IsSaved, elapsed.TotalMilliseconds);
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task DeleteAsync<T>(StoreKey<T> key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var path = PathFor(key.Name);
        var gate = LockFor(path);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            DeleteFiles(path);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        foreach (var gate in _locks)
        {
            gate.Dispose();
        }
    }

    async IAsyncEnumerable<LegacyStateItem> ILegacyStateSource.ItemsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var path in Directory.EnumerateFiles(_folder, "*" + Extension))
        {
            if (ReadFile(path) is { } file)
            {
                yield return new LegacyStateItem(Path.GetFileName(path), Encoding.UTF8.GetString(file.Json), file.ETag);
            }
        }
    }

    async Task<bool> ILegacyStateSource.ReplaceAsync(LegacyStateItem item, byte[]? json, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_folder, item.Name);
        var gate = LockFor(path);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (json is not null)
            {
                return WriteFile(path, () => json, item.ETag).IsSaved;
            }

            if (ReadFile(path)?.ETag != item.ETag)
            {
                return false;
            }

            DeleteFiles(path);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Called with the key's lock held, so the ETag check and the rename are one step for this process.</summary>
    private PutResult WriteFile(string path, Func<byte[]> serialize, string? ifMatch)
    {
        if (ifMatch is not StoreETags.Any)
        {
            var current = ReadETag(path);
            if (current != ifMatch)
            {
                LogConflict(_logger, Path.GetFileName(path)[..12]);
                return new PutResult.Conflict();
            }
        }

        var json = serialize();
        var etag = Guid.NewGuid().ToString("N");
        var spare = path + SpareSuffix;
        try
        {
            // Written synchronously: a state file is a few KB, and on Linux an asynchronous file
            // write is the same blocking call made from another pool thread, one hop per call.
            using var file = File.OpenHandle(spare, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None);
            var line = Encoding.UTF8.GetBytes(etag + "\n");
            RandomAccess.Write(file, [line, json], fileOffset: 0);
            RandomAccess.SetLength(file, line.Length + json.Length);

            // On disk before the swap or rename makes it visible: a power cut leaves the old or the new document.
            RandomAccess.FlushToDisk(file);
        }
        catch
        {
            File.Delete(spare);
            throw;
        }

        if (FileExchange.TryExchange(spare, path))
        {
            // The spare now holds the version just replaced: emptied at once, so nothing a newer
            // version took out (words hidden on the review, an answer changed) stays on disk.
            using (File.OpenHandle(spare, FileMode.Truncate, FileAccess.Write, FileShare.None))
            {
            }
        }
        else
        {
            File.Move(spare, path, overwrite: true);
        }

        return new PutResult.Saved(etag);
    }

    /// <summary>
    /// Only the ETag line of the stored file, or null when there is none: a conditional write
    /// checks the version without reading the whole document again.
    /// </summary>
    private static string? ReadETag(string path)
    {
        if (!File.Exists(path))
        {
            return null; // as in ReadFile: no exception for the usual case of a new key
        }

        Span<byte> head = stackalloc byte[ETagLineBytes];
        int read;
        try
        {
            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            read = RandomAccess.Read(file, head, fileOffset: 0);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        var newline = head[..read].IndexOf((byte)'\n');
        if (newline >= 0)
        {
            return Encoding.UTF8.GetString(head[..newline]);
        }

        // A longer first line than this store writes (or none at all): read it the long way.
        var content = File.ReadAllBytes(path);
        newline = Array.IndexOf(content, (byte)'\n');
        return newline < 0
            ? throw new InvalidDataException($"State file '{Path.GetFileName(path)}' has no ETag line.")
            : Encoding.UTF8.GetString(content, 0, newline);
    }

    private static StoredFile? ReadFile(string path)
    {
        byte[] content;

        // Someone new has no file yet: asking first is one stat, where a failed open is an exception.
        // Opening still copes with a file deleted in between.
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            // Synchronous for the same reason as the write: a few KB from the page cache.
            content = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        var newline = Array.IndexOf(content, (byte)'\n');
        if (newline < 0)
        {
            throw new InvalidDataException($"State file '{Path.GetFileName(path)}' has no ETag line.");
        }

        return new StoredFile(Encoding.UTF8.GetString(content, 0, newline), content[(newline + 1)..]);
    }

    /// <summary>The document and its spare: once deleted, no version of it is left in the folder.</summary>
    private static void DeleteFiles(string path)
    {
        File.Delete(path);
        File.Delete(path + SpareSuffix);
    }

    private string PathFor(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return Path.Combine(_folder, _pseudonymizer.ForStateKey(key) + Extension);
    }

    private SemaphoreSlim LockFor(string path) =>
        _locks[(uint)StringComparer.Ordinal.GetHashCode(path) % (uint)_locks.Length];

    private sealed record StoredFile(string ETag, byte[] Json);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Local session store read: {ElapsedMs:0.0} ms")]
    private static partial void LogRead(ILogger logger, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Local session store write (saved: {Saved}): {ElapsedMs:0.0} ms")]
    private static partial void LogWrite(ILogger logger, bool saved, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Local session store ETag conflict on key hash {KeyHash}")]
    private static partial void LogConflict(ILogger logger, string keyHash);
}
