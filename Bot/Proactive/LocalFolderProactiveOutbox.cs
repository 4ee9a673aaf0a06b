using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Proactive;

/// <summary>
/// The outbox as files <c>outbox/{key}.json</c> under the coordination folder: the first line is
/// the ETag, the rest the record. Writes are checked and renamed into place under one lock, which
/// is enough because the local-folder mode is single-instance by nature.
/// </summary>
internal sealed class LocalFolderProactiveOutbox(string folder) : IProactiveOutbox, IDisposable
{
    private const string Extension = ".json";

    private readonly string _outbox = Path.Combine(folder, "outbox");
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<Stored<OutboxRecord>?> GetAsync(string key, CancellationToken cancellationToken)
    {
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(PathFor(key), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        var newline = Array.IndexOf(content, (byte)'\n');
        var record = JsonSerializer.Deserialize(content.AsSpan(newline + 1), ProactiveJsonContext.Default.OutboxRecord)
            ?? throw new JsonException("A stored outbox record cannot be null.");
        return new Stored<OutboxRecord>(record, Encoding.UTF8.GetString(content, 0, newline));
    }

    public async Task<PutResult> PutAsync(string key, OutboxRecord record, string? ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var path = PathFor(key);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if ((await GetAsync(key, cancellationToken).ConfigureAwait(false))?.ETag != ifMatch)
            {
                return new PutResult.Conflict();
            }

            Directory.CreateDirectory(_outbox);
            var etag = Guid.NewGuid().ToString("N");
            var temporary = $"{path}.{etag}.tmp";
            var json = JsonSerializer.SerializeToUtf8Bytes(record, ProactiveJsonContext.Default.OutboxRecord);
            await File.WriteAllBytesAsync(temporary, [.. Encoding.UTF8.GetBytes(etag + "\n"), .. json], cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
            return new PutResult.Saved(etag);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async IAsyncEnumerable<string> PendingKeysAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!Directory.Exists(_outbox))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(_outbox, "*" + Extension))
        {
            var key = Path.GetFileNameWithoutExtension(path);
            if (await GetAsync(key, cancellationToken).ConfigureAwait(false) is { Value.State: OutboxState.Queued or OutboxState.Sending })
            {
                yield return key;
            }
        }
    }

    public async IAsyncEnumerable<OutboxEntry> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!Directory.Exists(_outbox))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(_outbox, "*" + Extension))
        {
            var key = Path.GetFileNameWithoutExtension(path);
            if (await GetAsync(key, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                yield return new OutboxEntry(key, stored.Value.State, stored.Value.Due, stored.ETag);
            }
        }
    }

    public async Task<bool> DeleteAsync(string key, string? ifMatch, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stored = await GetAsync(key, cancellationToken).ConfigureAwait(false);
            if (stored is null || (ifMatch is not null && stored.ETag != ifMatch))
            {
                return false;
            }

            // Moved aside first: of two deleters (another instance on the same folder), one moves it and one finds it gone.
            var aside = $"{path}.{Guid.NewGuid():N}.deleting";
            try
            {
                File.Move(path, aside);
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                return false;
            }

            File.Delete(aside);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private string PathFor(string key) => Path.Combine(_outbox, OutboxKeys.Checked(key) + Extension);
}
