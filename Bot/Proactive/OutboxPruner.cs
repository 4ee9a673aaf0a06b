using Microsoft.Extensions.Options;

namespace SupervisionBot.Bot.Proactive;

/// <summary>
/// Deletes outbox records that are settled (sent, given up, unconfirmed) and older than
/// <see cref="ProactiveOptions.KeepSentFor"/>, so a delivered message leaves nothing behind once
/// its once key can no longer recur. Queued and sending records are never pruned. Each delete is
/// conditional on the version listed, so a record another instance moved on meanwhile stays.
/// </summary>
internal sealed partial class OutboxPruner(
    IProactiveOutbox outbox,
    IOptions<ProactiveOptions> options,
    TimeProvider time,
    ILogger<OutboxPruner> logger)
{
    /// <summary>One pass; the number of records deleted.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        // A record's due time is its last try (a settled claim lapses at most ClaimFor after it).
        var cutoff = time.GetUtcNow() - options.Value.KeepSentFor;
        var (kept, pruned) = (0, 0);
        await foreach (var entry in outbox.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (entry.State is OutboxState.Queued or OutboxState.Sending || entry.Due > cutoff)
            {
                kept++;
                continue;
            }

            if (await outbox.DeleteAsync(entry.Key, entry.ETag, cancellationToken).ConfigureAwait(false))
            {
                pruned++;
            }
        }

        LogPruned(logger, pruned, kept);
        return pruned;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox pruned: {Pruned} settled records deleted, {Kept} kept")]
    private static partial void LogPruned(ILogger logger, int pruned, int kept);
}
