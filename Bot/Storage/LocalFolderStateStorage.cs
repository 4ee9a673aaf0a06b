using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using SupervisionBot.Bot.Privacy;

namespace SupervisionBot.Bot.Storage;

/// <summary>
/// Bot Builder state in a local folder, so the bot runs with no Azure account. One file per state
/// key, named by the key's pseudonym: the first line is the item's ETag, the rest is the same JSON
/// <see cref="BlobStateStorage"/> writes. Writes go to a temporary file that is then renamed over
/// the old one, so a reader or a crash never leaves half an item. Writers to the same key are
/// serialised inside this process; the folder is not meant to be shared between processes.
/// </summary>
internal sealed partial class LocalFolderStateStorage : IStorage, IDisposable
{
    private const string Extension = ".json";

    // Striped locks: enough to keep unrelated keys from waiting on each other, without a lock
    // object per key that would live for as long as the process.
    private readonly SemaphoreSlim[] _locks = [.. Enumerable.Range(0, 32).Select(_ => new SemaphoreSlim(1, 1))];
    private readonly string _folder;
    private readonly Pseudonymizer _pseudonymizer;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<LocalFolderStateStorage> _logger;

    public LocalFolderStateStorage(
        string folder,
        Pseudonymizer pseudonymizer,
        TimeProvider timeProvider,
        ILogger<LocalFolderStateStorage> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = Path.GetFullPath(folder);
        _pseudonymizer = pseudonymizer;
        _timeProvider = timeProvider;
        _logger = logger;
        Directory.CreateDirectory(_folder);
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var started = _timeProvider.GetTimestamp();

        var items = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            if (await ReadFileAsync(PathFor(key), cancellationToken).ConfigureAwait(false) is { Value: { } value })
            {
                items[key] = value;
            }
        }

        var elapsed = _timeProvider.GetElapsedTime(started);
        LogRead(_logger, keys.Length, items.Count, elapsed.TotalMilliseconds);
        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var started = _timeProvider.GetTimestamp();

        foreach (var (key, value) in changes)
        {
            ArgumentNullException.ThrowIfNull(value, nameof(changes));
            var path = PathFor(key);
            var gate = LockFor(path);
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await WriteFileAsync(path, value, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }

        var elapsed = _timeProvider.GetElapsedTime(started);
        LogWrite(_logger, changes.Count, elapsed.TotalMilliseconds);
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var started = _timeProvider.GetTimestamp();

        foreach (var key in keys)
        {
            var path = PathFor(key);
            var gate = LockFor(path);
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                File.Delete(path);
            }
            finally
            {
                gate.Release();
            }
        }

        var elapsed = _timeProvider.GetElapsedTime(started);
        LogDelete(_logger, keys.Length, elapsed.TotalMilliseconds);
    }

    public void Dispose()
    {
        foreach (var gate in _locks)
        {
            gate.Dispose();
        }
    }

    private async Task WriteFileAsync(string path, object value, CancellationToken cancellationToken)
    {
        var required = ETagConflict.RequiredETag(value);
        if (required is not null)
        {
            var current = await ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
            if (current?.ETag != required)
            {
                LogConflict(_logger, KeyHash(path));
                throw ETagConflict.Exception();
            }
        }

        var json = StateSerializer.Serialize(value);
        var etag = Encoding.UTF8.GetBytes(Guid.NewGuid().ToString("N") + "\n");

        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
            {
                await file.WriteAsync(etag, cancellationToken).ConfigureAwait(false);
                await file.WriteAsync(json, cancellationToken).ConfigureAwait(false);
                // On disk before the rename makes it visible: a power cut leaves the old or the new item.
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static async Task<StoredFile?> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
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

        var etag = Encoding.UTF8.GetString(content, 0, newline);
        using var json = new MemoryStream(content, newline + 1, content.Length - newline - 1, writable: false);
        var value = StateSerializer.Deserialize(json);
        if (value is IStoreItem item)
        {
            item.ETag = etag;
        }

        return new StoredFile(etag, value);
    }

    private string PathFor(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return Path.Combine(_folder, _pseudonymizer.ForStateKey(key) + Extension);
    }

    private SemaphoreSlim LockFor(string path) =>
        _locks[(uint)StringComparer.Ordinal.GetHashCode(path) % (uint)_locks.Length];

    private static string KeyHash(string path) => Path.GetFileName(path)[..12];

    private sealed record StoredFile(string ETag, object? Value);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Local state read: {Requested} keys, {Found} found, {ElapsedMs:0.0} ms")]
    private static partial void LogRead(ILogger logger, int requested, int found, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Local state write: {Count} items, {ElapsedMs:0.0} ms")]
    private static partial void LogWrite(ILogger logger, int count, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Local state delete: {Count} keys, {ElapsedMs:0.0} ms")]
    private static partial void LogDelete(ILogger logger, int count, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Local state ETag conflict on key hash {KeyHash}")]
    private static partial void LogConflict(ILogger logger, string keyHash);
}
