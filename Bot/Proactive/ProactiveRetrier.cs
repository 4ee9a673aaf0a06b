using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Coordination;
using SupervisionBot.Bot.Telemetry;

namespace SupervisionBot.Bot.Proactive;

/// <summary>
/// Sends queued proactive messages again when they are due. One instance at a time holds the
/// retrier's lease; each message is also claimed by a conditional write before it is sent, so
/// even two retriers could not both send it.
/// </summary>
internal sealed partial class ProactiveRetrier(
    IProactiveOutbox outbox,
    ProactiveMessenger messenger,
    IWorkLeases leases,
    IOptions<ProactiveOptions> options,
    TimeProvider time,
    ILogger<ProactiveRetrier> logger) : BackgroundService
{
    internal const string Work = "proactive-outbox-retrier";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetryEvery, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RetryDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Storage down, so not even the lease could be taken: the next tick tries again.
                LogRetryFailed(logger, exception.GetType().Name);
            }
        }
    }

    /// <summary>One pass over the queued messages; false when another instance held the lease.</summary>
    internal async Task<bool> RetryDueAsync(CancellationToken cancellationToken)
    {
        await using var lease = await leases.TryAcquireAsync(Work, cancellationToken);
        BotTelemetry.OnceOnly(Work, ranHere: lease is not null);
        if (lease is null)
        {
            return false;
        }

        await foreach (var key in outbox.PendingKeysAsync(cancellationToken))
        {
            try
            {
                await messenger.RetryAsync(key, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRetryFailed(logger, exception.GetType().Name);
            }
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retrying queued proactive messages failed ({Reason}); will retry")]
    private static partial void LogRetryFailed(ILogger logger, string reason);
}
