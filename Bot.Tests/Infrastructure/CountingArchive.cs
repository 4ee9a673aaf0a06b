using SupervisionBot.Bot.Archive;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>Wraps a host's real archive: counts save attempts, and fails them while <see cref="Down"/> is set.</summary>
internal sealed class CountingArchive(IReflectionArchive inner) : ForwardingReflectionArchive(inner)
{
    private int _saves;

    public bool Down { get; set; }

    public int Saves => Volatile.Read(ref _saves);

    public void ResetCount() => Interlocked.Exchange(ref _saves, 0);

    public override Task<ArchiveSaveResult> SaveAsync(ReflectionDocument document, CancellationToken cancellationToken)
    {
        if (Down)
        {
            throw new IOException("storage unreachable (test)");
        }

        Interlocked.Increment(ref _saves);
        return base.SaveAsync(document, cancellationToken);
    }
}
