namespace SupervisionBot.Bot.Reflections;

/// <summary>Retries saving confirmed reflections that are waiting, every half minute, until they are saved.</summary>
internal sealed partial class PendingArchiveRetrier(
    PendingArchiveQueue queue,
    ReflectionCoordinator reflections,
    TimeProvider time,
    ILogger<PendingArchiveRetrier> logger) : BackgroundService
{
    internal static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RetryAllAsync(stoppingToken);
        }
    }

    internal async Task RetryAllAsync(CancellationToken cancellationToken)
    {
        foreach (var userKey in queue.Snapshot())
        {
            try
            {
                await reflections.SettleAsync(userKey, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Storage still down: the reflection stays where it is and the next tick tries again.
                LogRetryFailed(logger, exception.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Saving a waiting reflection failed again ({Reason}); will retry")]
    private static partial void LogRetryFailed(ILogger logger, string reason);
}
