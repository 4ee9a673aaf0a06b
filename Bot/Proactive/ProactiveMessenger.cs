using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Proactive;

/// <summary>
/// The outbox behind <see cref="IProactiveMessenger"/>. Each message is recorded, create-only,
/// under the pseudonym of its once key BEFORE it is sent (the intent, holding a claim for
/// <see cref="ProactiveOptions.ClaimFor"/>), and the connector's activity id is recorded after,
/// when the payload is dropped. A second instance or a retry finds the record and sends nothing.
/// Transient connector failures (429, 5xx) are retried briefly in place, honouring Retry-After,
/// then left queued for <see cref="ProactiveRetrier"/>. A person who cannot be messaged 1:1 (403,
/// 404) is unreachable; the message's fallback note is posted in the group, at most once a day per
/// person and group.
/// </summary>
/// <remarks>
/// A crash between the send and recording its id leaves a claim that lapses with no id. The
/// message may have arrived, and the connector cannot say whether it did, so it is marked
/// <see cref="OutboxState.Unconfirmed"/> and never sent again (issue 12: no second copy). The
/// sender learns <see cref="ProactiveResult.Unreachable"/> with reason <c>unconfirmed</c>, and an
/// operator sees a warning. The window is one connector call long.
/// </remarks>
internal sealed partial class ProactiveMessenger(
    IProactiveOutbox outbox,
    ProactiveConnector connector,
    Pseudonymizer pseudonymizer,
    IOptions<ProactiveOptions> options,
    TimeProvider time,
    ILogger<ProactiveMessenger> logger) : IProactiveMessenger
{
    internal const string UnconfirmedReason = "unconfirmed";
    internal const string GaveUpReason = "gave-up";

    private static readonly JsonSerializerSettings ActivityJson = new() { NullValueHandling = NullValueHandling.Ignore };

    private ProactiveOptions Settings => options.Value;

    public Task<ProactiveResult> SendOnceAsync(ProactiveMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var record = Intent(OutboxAddress.From(message.To), message.Content, message.WhenUnreachable) with
        {
            About = OutboxKeys.PseudonymsIn(message.OnceKey),
            FollowUp = message.FollowUp,
        };
        return SendOnceAsync(OutboxKeys.For(pseudonymizer, message.OnceKey), record, cancellationToken);
    }

    public async Task<OutboxState?> StateOfAsync(string onceKey, CancellationToken cancellationToken) =>
        (await outbox.GetAsync(OutboxKeys.For(pseudonymizer, onceKey), cancellationToken).ConfigureAwait(false))?.Value.State;

    public async Task<bool> UpdateAsync(string onceKey, Activity content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var stored = await outbox.GetAsync(OutboxKeys.For(pseudonymizer, onceKey), cancellationToken).ConfigureAwait(false);
        if (stored?.Value is not { State: OutboxState.Sent, ConversationId: { } conversationId, ActivityId: { } activityId } record)
        {
            return false;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await connector.UpdateAsync(record.Address, conversationId, activityId, content, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (ConnectorFailure failure) when (WaitBeforeNextTry(failure, attempt) is { } wait)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// One retrier pass over one record: a queued message that is due is claimed (a conditional
    /// write, so one instance wins) and sent; a claim that lapsed is marked unconfirmed. Null when
    /// there was nothing to do here.
    /// </summary>
    internal async Task<ProactiveResult?> RetryAsync(string key, CancellationToken cancellationToken)
    {
        var stored = await outbox.GetAsync(key, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (stored is null || stored.Value.Due > now)
        {
            return null;
        }

        switch (stored.Value.State)
        {
            case OutboxState.Sending:
                var lapsed = stored.Value with { State = OutboxState.Unconfirmed, Payload = null, Fallback = null, Reason = UnconfirmedReason };
                if (await outbox.PutAsync(key, lapsed, stored.ETag, cancellationToken).ConfigureAwait(false) is PutResult.Saved)
                {
                    LogUnconfirmed(logger, key[..12]);
                    return new ProactiveResult.Unreachable(UnconfirmedReason, FallbackPosted: false);
                }

                return null;
            case OutboxState.Queued:
                var claim = stored.Value with { State = OutboxState.Sending, Due = now + Settings.ClaimFor };
                return await outbox.PutAsync(key, claim, stored.ETag, cancellationToken).ConfigureAwait(false) is PutResult.Saved saved
                    ? await AttemptAsync(key, new Stored<OutboxRecord>(claim, saved.ETag), cancellationToken).ConfigureAwait(false)
                    : null;
            default:
                return null;
        }
    }

    private OutboxRecord Intent(OutboxAddress to, Activity content, ProactiveFallback? fallback) => new(
        OutboxState.Sending, to, ConversationId: null, ActivityId: null,
        JsonConvert.SerializeObject(content, ActivityJson), fallback, Attempts: 0, time.GetUtcNow() + Settings.ClaimFor);

    private async Task<ProactiveResult> SendOnceAsync(string key, OutboxRecord intent, CancellationToken cancellationToken)
    {
        if (await outbox.PutAsync(key, intent, ifMatch: null, cancellationToken).ConfigureAwait(false) is PutResult.Saved saved)
        {
            return await AttemptAsync(key, new Stored<OutboxRecord>(intent, saved.ETag), cancellationToken).ConfigureAwait(false);
        }

        // Someone (another instance, or an earlier try) recorded it first: report, never send again.
        return (await outbox.GetAsync(key, cancellationToken).ConfigureAwait(false))?.Value switch
        {
            { State: OutboxState.Sent, ConversationId: { } conversation, ActivityId: { } activity } => new ProactiveResult.AlreadySent(conversation, activity),
            { State: OutboxState.Unreachable } record => new ProactiveResult.Unreachable(record.Reason ?? "unreachable", record.FallbackPosted),
            { State: OutboxState.Unconfirmed } => new ProactiveResult.Unreachable(UnconfirmedReason, FallbackPosted: false),
            _ => new ProactiveResult.Queued(),
        };
    }

    private async Task<ProactiveResult> AttemptAsync(string key, Stored<OutboxRecord> claimed, CancellationToken cancellationToken)
    {
        var record = claimed.Value;
        var activity = JsonConvert.DeserializeObject<Activity>(record.Payload!, ActivityJson)!;
        ConnectorFailure failure;
        var attempt = 1;
        while (true)
        {
            try
            {
                var (conversationId, activityId) = await connector.SendAsync(record.Address, record.ConversationId, activity, cancellationToken).ConfigureAwait(false);
                var sent = record with
                {
                    State = OutboxState.Sent,
                    ConversationId = conversationId,
                    ActivityId = activityId,
                    Payload = null,
                    Fallback = null,
                    Attempts = record.Attempts + attempt,
                    Reason = null,
                };
                await RecordSentAsync(key, sent, claimed.ETag, cancellationToken).ConfigureAwait(false);
                return new ProactiveResult.Sent(conversationId, activityId);
            }
            catch (ConnectorFailure caught)
            {
                failure = caught;
                if (WaitBeforeNextTry(caught, attempt) is not { } wait)
                {
                    break;
                }

                LogRetrying(logger, key[..12], caught.Reason, wait.TotalMilliseconds);
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                attempt++;
            }
        }

        var attempts = record.Attempts + attempt;
        LogFailed(logger, key[..12], failure.Reason, attempts);
        if (failure.IsTransient && attempts < Settings.GiveUpAfter)
        {
            var queued = record with { State = OutboxState.Queued, Attempts = attempts, Due = time.GetUtcNow() + Backoff(failure, attempts), Reason = failure.Reason };
            await outbox.PutAsync(key, queued, claimed.ETag, cancellationToken).ConfigureAwait(false);
            return new ProactiveResult.Queued();
        }

        var reason = failure.IsTransient ? GaveUpReason : failure.Reason;
        var posted = failure.IsNotInstalled && record.Address.IsPerson && record.Fallback is { } fallback
            && await PostFallbackAsync(record, fallback, cancellationToken).ConfigureAwait(false);
        var unreachable = record with
        {
            State = OutboxState.Unreachable,
            Attempts = attempts,
            Payload = null,
            Fallback = null,
            Reason = reason,
            FallbackPosted = posted,
        };
        await outbox.PutAsync(key, unreachable, claimed.ETag, cancellationToken).ConfigureAwait(false);
        return new ProactiveResult.Unreachable(reason, posted);
    }

    /// <summary>
    /// The message is out: its id is recorded, tried a few times because a lost id means a lost
    /// update. If storage will not take it, the claim lapses into <see cref="OutboxState.Unconfirmed"/>
    /// (never a second copy) and the send still counts as sent.
    /// </summary>
    private async Task RecordSentAsync(string key, OutboxRecord sent, string etag, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            try
            {
                await outbox.PutAsync(key, sent, etag, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException && attempt < 3)
            {
                await Task.Delay(Settings.FirstDelay, time, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogIdNotRecorded(logger, key[..12], exception.GetType().Name);
            }
        }
    }

    private async Task<bool> PostFallbackAsync(OutboxRecord failed, ProactiveFallback fallback, CancellationToken cancellationToken)
    {
        var key = OutboxKeys.ForFallback(pseudonymizer, failed.Address, fallback.Where, time.GetUtcNow());
        var note = MessageFactory.Text(fallback.Text);

        // About whoever the failed message was for, so forgetting them removes the note's record too.
        var intent = Intent(OutboxAddress.From(fallback.Where), (Activity)note, fallback: null) with { About = failed.About };
        var result = await SendOnceAsync(key, intent, cancellationToken).ConfigureAwait(false);
        return result.Delivered;
    }

    /// <summary>The wait before trying again within this send, or null to stop trying here.</summary>
    private TimeSpan? WaitBeforeNextTry(ConnectorFailure failure, int attempt)
    {
        if (!failure.IsTransient || attempt >= Settings.AttemptsPerSend)
        {
            return null;
        }

        var wait = failure.RetryAfter ?? Settings.FirstDelay * Math.Pow(2, attempt - 1);
        return wait <= Settings.LongestWaitInSend ? wait : null;
    }

    private TimeSpan Backoff(ConnectorFailure failure, int attempts)
    {
        var doubled = Settings.RetryEvery * Math.Pow(2, Math.Min(attempts - 1, 16));
        var backoff = doubled < Settings.LongestBackoff ? doubled : Settings.LongestBackoff;
        return failure.RetryAfter is { } asked && asked > backoff ? asked : backoff;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Proactive message {KeyHash} failed ({Reason}); trying again in {WaitMs:0} ms")]
    private static partial void LogRetrying(ILogger logger, string keyHash, string reason, double waitMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Proactive message {KeyHash} not delivered ({Reason}) after {Attempts} tries")]
    private static partial void LogFailed(ILogger logger, string keyHash, string reason, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Proactive message {KeyHash}: a send began but its outcome was never recorded; it may have arrived and will not be sent again")]
    private static partial void LogUnconfirmed(ILogger logger, string keyHash);

    [LoggerMessage(Level = LogLevel.Error, Message = "Proactive message {KeyHash} was sent but its id could not be recorded ({Reason}); it will not be sent again, and cannot be updated")]
    private static partial void LogIdNotRecorded(ILogger logger, string keyHash, string reason);
}
