using SupervisionBot.Bot.Coordination;
using SupervisionBot.Bot.Telemetry;

namespace SupervisionBot.Bot.Reflections;

/// <summary>
/// Retries saving confirmed reflections that are waiting, every half minute, until they are
/// saved. One instance at a time holds the retrier's lease; the archive's conditional write
/// would already keep a reflection from being stored twice, and the lease keeps instances from
/// doing the same retry at once.
/// </summary>
internal sealed partial class PendingArchiveRetrier(
    PendingArchiveQueue queue,
    ReflectionCoordinator reflections,
    IWorkLeases leases,
    TimeProvider time,
    ILogger<PendingArchiveRetrier> logger) : BackgroundService
{
    internal const string Work = "pending-archive-retrier";
    internal static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RetryAllAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Storage down, so not even the lease could be taken: the next tick tries again.
                LogRetryFailed(logger, exception.GetType().Name);
            }
        }
    }

    /// <summary>Retries every waiting reflection this instance knows of; false when another instance held the lease.</summary>
    internal async Task<bool> RetryAllAsync(CancellationToken cancellationToken)
    {
        var waiting = queue.Snapshot();
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

        foreach (var userKey in waiting)
        {
            try
            {
                var settled = await reflections.SettleAsync(userKey, cancellationToken);
                BotTelemetry.ArchiveRetry(settled is ReflectionView.PendingNowSaved ? "saved" : "unchanged");
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Storage still down: the reflection stays where it is and the next tick tries again.
                BotTelemetry.ArchiveRetry("failed");
                LogRetryFailed(logger, exception.GetType().Name);
            }
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Saving a waiting reflection failed again ({Reason}); will retry")]
    private static partial void LogRetryFailed(ILogger logger, string reason);
}
