namespace SupervisionBot.Bot.Benchmark;

/// <summary>Counts of store calls; subtract two snapshots for what happened in between.</summary>
internal sealed record StorageCalls(long Reads, long Writes, long Deletes, long ArchiveWrites)
{
    public static StorageCalls operator -(StorageCalls after, StorageCalls before) =>
        new(after.Reads - before.Reads, after.Writes - before.Writes, after.Deletes - before.Deletes, after.ArchiveWrites - before.ArchiveWrites);

    public static StorageCalls operator +(StorageCalls a, StorageCalls b) =>
        new(a.Reads + b.Reads, a.Writes + b.Writes, a.Deletes + b.Deletes, a.ArchiveWrites + b.ArchiveWrites);
}
