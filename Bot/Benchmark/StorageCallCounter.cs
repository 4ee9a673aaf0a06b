namespace SupervisionBot.Bot.Benchmark;

/// <summary>How many times the bot's stores were called: read, written, deleted, archived.</summary>
internal sealed class StorageCallCounter
{
    private long _reads;
    private long _writes;
    private long _deletes;
    private long _archiveWrites;

    public StorageCalls Snapshot() => new(
        Interlocked.Read(ref _reads), Interlocked.Read(ref _writes), Interlocked.Read(ref _deletes), Interlocked.Read(ref _archiveWrites));

    public void Read() => Interlocked.Increment(ref _reads);

    public void Write() => Interlocked.Increment(ref _writes);

    public void Delete() => Interlocked.Increment(ref _deletes);

    public void ArchiveWrite() => Interlocked.Increment(ref _archiveWrites);
}
