using SupervisionBot.Bot.Archive;

namespace SupervisionBot.Bot.Benchmark;

/// <summary>The bot's archive, with every save counted for the benchmark's storage figures.</summary>
internal sealed class CountingReflectionArchive(IReflectionArchive inner, StorageCallCounter counter) : ForwardingReflectionArchive(inner)
{
    public override Task<ArchiveSaveResult> SaveAsync(ReflectionDocument document, CancellationToken cancellationToken)
    {
        counter.ArchiveWrite();
        return base.SaveAsync(document, cancellationToken);
    }
}
