using SupervisionBot.Bot.Coordination;
using SupervisionBot.Bot.Telemetry;
using SupervisionBot.Dialogs.Engine;

namespace SupervisionBot.Bot.Reflections;

/// <summary>
/// Saves confirmed reflections that are waiting, at start-up and every half minute, until they
/// are saved. It works from the durable notes of <see cref="PendingArchiveQueue"/>, so a
/// reflection confirmed just before a crash is saved after the restart with no message from
/// its author. One instance at a time holds the retrier's lease; the archive's conditional
/// write would already keep a reflection from being stored twice, and the lease keeps
/// instances from doing the same retry at once.
/// </summary>
internal sealed partial class PendingArchiveRetrier(
    PendingArchiveQueue queue,
    ReflectionCoordinator reflections,
    OpenReflectionStore store,
    IWorkLeases leases,
    TimeProvider time,
    ILogger<PendingArchiveRetrier> logger) : PeriodicWork(time, logger)
{
    internal const string Work = "pending-archive-retrier";
    internal static readonly TimeSpan Every = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A note is written just before its confirmation is saved; one younger than this whose
    /// reflection is not (yet) confirmed may be mid-confirmation, so it is left for a later tick.
    /// </summary>
    internal static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    protected override string Name => Work;

    protected override TimeSpan Interval => Every;

    protected override Task RunAsync(CancellationToken cancellationToken) => RetryAllAsync(cancellationToken);

    /// <summary>Retries every waiting reflection noted in storage; false when another instance held the lease.</summary>
    internal async Task<bool> RetryAllAsync(CancellationToken cancellationToken)
    {
        var waiting = await queue.WaitingAsync(cancellationToken);
        if (waiting.Count == 0)
        {
            return true;
        }

        await using var lease = await leases.TryAcquireAsync(Work, cancellationToken);
        BotTelemetry.OnceOnly(Work, ranHere: lease is not null);
        if (lease is null)
        {
            return false;
        }

        foreach (var marker in waiting)
        {
            try
            {
                BotTelemetry.ArchiveRetry(await RetryAsync(marker, cancellationToken));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Storage still down: the reflection stays where it is and the next tick tries again.
                BotTelemetry.ArchiveRetry("failed");
                LogRetryFailed(Logger, exception.GetType().Name);
            }
        }

        return true;
    }

    private async Task<string> RetryAsync(PendingArchiveMarker marker, CancellationToken cancellationToken)
    {
        if (await store.LoadAsync(marker.UserKey, cancellationToken) is { Session.Status: SessionStatus.Confirmed })
        {
            return await reflections.SettleAsync(marker.UserKey, cancellationToken) is ReflectionView.PendingNowSaved ? "saved" : "unchanged";
        }

        // Nothing confirmed waits: saved by the author's own turn, forgotten, or a confirmation
        // that lost a race. A fresh note may belong to a confirmation being saved right now.
        if (Time.GetUtcNow() - marker.Since < Grace)
        {
            return "unchanged";
        }

        await queue.RemoveAsync(marker.UserKey, cancellationToken);
        return "cleared";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Saving a waiting reflection failed again ({Reason}); will retry")]
    private static partial void LogRetryFailed(ILogger logger, string reason);
}
