using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Coordination;
using SupervisionBot.Bot.Telemetry;

namespace SupervisionBot.Bot.Proactive;

/// <summary>
/// Sends queued proactive messages again when they are due, tells the message's
/// <see cref="IProactiveFollowUp"/> when one is finally given up, and, every
/// <see cref="ProactiveOptions.PruneEvery"/>, prunes settled records. One instance at a time holds
/// the retrier's lease; each message is also claimed by a conditional write before it is sent, so
/// even two retriers could not both send it, and a prune deletes only the version it listed.
/// </summary>
internal sealed partial class ProactiveRetrier(
    IProactiveOutbox outbox,
    ProactiveMessenger messenger,
    OutboxPruner pruner,
    IEnumerable<IProactiveFollowUp> followUps,
    IWorkLeases leases,
    IOptions<ProactiveOptions> options,
    TimeProvider time,
    ILogger<ProactiveRetrier> logger) : PeriodicWork(time, logger)
{
    internal const string Work = "proactive-outbox-retrier";

    private DateTimeOffset? _lastPruned;

    protected override string Name => Work;

    protected override TimeSpan Interval => options.Value.RetryEvery;

    /// <summary>A message is queued only after a send failed, which its own retry delay answers; nothing is due at start-up that a tick later would not do.</summary>
    protected override bool RunsAtStart => false;

    protected override Task RunAsync(CancellationToken cancellationToken) => RetryDueAsync(cancellationToken);

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
                if (await messenger.RetryAsync(key, cancellationToken) is ProactiveResult.Unreachable { Reason: not ProactiveMessenger.UnconfirmedReason })
                {
                    await FollowUpAsync(key, cancellationToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRetryFailed(Logger, exception.GetType().Name);
            }
        }

        if (_lastPruned is not { } last || Time.GetUtcNow() - last >= options.Value.PruneEvery)
        {
            await pruner.PruneAsync(cancellationToken);
            _lastPruned = Time.GetUtcNow();
        }

        return true;
    }

    /// <summary>
    /// A queued message was given up: whoever was told it was waiting is told now. An unconfirmed
    /// one is not: it may have arrived.
    /// </summary>
    private async Task FollowUpAsync(string key, CancellationToken cancellationToken)
    {
        if ((await outbox.GetAsync(key, cancellationToken))?.Value.FollowUp is not { } followUp)
        {
            return;
        }

        foreach (var handler in followUps.Where(h => followUp.StartsWith(h.Prefix, StringComparison.Ordinal)))
        {
            await handler.GivenUpAsync(followUp, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retrying queued proactive messages failed ({Reason}); will retry")]
    private static partial void LogRetryFailed(ILogger logger, string reason);
}
