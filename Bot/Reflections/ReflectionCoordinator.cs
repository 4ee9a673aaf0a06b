using System.Collections.Immutable;
using SupervisionBot.Anonymisation;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Bot.Telemetry;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Examples;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Reflections;

/// <summary>
/// Runs a therapist's reflection between turns: loads their open session, asks the pure engine
/// to move it, saves it with optimistic concurrency, and says what to show next. Stale cards,
/// double clicks and expired sessions end here as views, never as exceptions.
/// </summary>
internal sealed partial class ReflectionCoordinator(
    ReflectionEngine engine,
    FlowCatalog flows,
    OpenReflectionStore store,
    SubmissionRedactor redactor,
    IReflectionArchive archive,
    PendingArchiveQueue pending,
    TimeProvider time,
    ReflectionSettings settings,
    ILogger<ReflectionCoordinator> logger,
    RedactionMemoryCache? memories = null)
{
    /// <summary>
    /// Run at the start of a therapist's turn: saves a confirmed reflection that is still waiting
    /// to be archived, and closes an open one past its age limit. Returns what to tell them, if anything.
    /// </summary>
    public async Task<ReflectionView?> SettleAsync(string userKey, CancellationToken cancellationToken)
    {
        var stored = await store.LoadAsync(userKey, cancellationToken);
        if (stored is null)
        {
            // A stale note, if any, is the retrier's to clear: no storage write on every turn.
            return null;
        }

        if (stored.Session.Status == SessionStatus.Confirmed)
        {
            return await TryArchiveAsync(userKey, stored.Session, stored.SharingGroup, cancellationToken) ? new ReflectionView.PendingNowSaved() : null;
        }

        var session = engine.ExpireIfDue(stored.Session, time.GetUtcNow());
        if (session.Status != SessionStatus.Expired)
        {
            return null;
        }

        await store.DeleteAsync(userKey, cancellationToken);
        BotTelemetry.ReflectionAbandoned(session.FlowId.Value, "expired");
        LogTransition(logger, session.Id, session.FlowId.Value, "expired", session.Version);
        return new ReflectionView.Expired(settings.ExpireAfterDays);
    }

    public async Task<ReflectionView> StartAsync(string userKey, FlowId flowId, CancellationToken cancellationToken)
    {
        var stored = await store.LoadAsync(userKey, cancellationToken);
        if (await StillSavingAsync(userKey, stored, cancellationToken))
        {
            return new ReflectionView.StillSaving();
        }

        if (stored is { Session.IsOpen: true } open)
        {
            var flow = flows.Get(open.Session.FlowId);
            var position = engine.CurrentStep(open.Session);
            return new ReflectionView.OpenExists(flow, position?.Number ?? flow.Steps.Length, flow.Steps.Length, flowId);
        }

        return await StartNewAsync(userKey, flowId, stored?.ETag, cancellationToken);
    }

    /// <summary>From the "you already have one open" card: discard it and start the requested flow.</summary>
    public async Task<ReflectionView> DiscardAndStartAsync(string userKey, FlowId flowId, CancellationToken cancellationToken)
    {
        var stored = await store.LoadAsync(userKey, cancellationToken);
        if (await StillSavingAsync(userKey, stored, cancellationToken))
        {
            return new ReflectionView.StillSaving();
        }

        if (stored is { Session.IsOpen: true })
        {
            BotTelemetry.ReflectionAbandoned(stored.Session.FlowId.Value, "replaced");
            LogTransition(logger, stored.Session.Id, stored.Session.FlowId.Value, "discarded to start another", stored.Session.Version);
        }

        return await StartNewAsync(userKey, flowId, stored?.ETag, cancellationToken);
    }

    public async Task<ReflectionView> ResumeAsync(string userKey, CancellationToken cancellationToken)
    {
        var stored = await store.LoadAsync(userKey, cancellationToken);
        if (stored is not { Session.IsOpen: true })
        {
            return new ReflectionView.NothingToResume();
        }

        var result = engine.Resume(stored.Session, time.GetUtcNow());
        if (!result.IsSuccess)
        {
            return new ReflectionView.NothingToResume();
        }

        return await store.TrySaveAsync(userKey, result.Session, stored.ETag, stored.Redaction, stored.SharingGroup, cancellationToken)
            ? Show(result.Session, [], sharingGroup: stored.SharingGroup)
            : await WhereItIsAsync(userKey, cancellationToken);
    }

    /// <summary>The typed <c>cancel</c> command: discards whatever is open.</summary>
    public async Task<ReflectionView> CancelAsync(string userKey, CancellationToken cancellationToken)
    {
        var stored = await store.LoadAsync(userKey, cancellationToken);
        if (stored is not { Session.IsOpen: true })
        {
            return new ReflectionView.NothingToResume();
        }

        await store.DeleteAsync(userKey, cancellationToken);
        BotTelemetry.ReflectionAbandoned(stored.Session.FlowId.Value, "cancelled");
        LogTransition(logger, stored.Session.Id, stored.Session.FlowId.Value, "cancelled", stored.Session.Version);
        return new ReflectionView.Discarded();
    }

    /// <summary>A button on a step or review card, from someone in no supervision group.</summary>
    public Task<ReflectionView> ApplyAsync(string userKey, SessionAction action, IReadOnlyDictionary<string, string> submission, CancellationToken cancellationToken) =>
        ApplyAsync(userKey, action, submission, PersonGroups.Known([]), cancellationToken);

    /// <summary>A button on a step or review card, from someone whose groups are known.</summary>
    public Task<ReflectionView> ApplyAsync(
        string userKey, SessionAction action, IReadOnlyDictionary<string, string> submission, IReadOnlyList<GroupMembership> groups, CancellationToken cancellationToken) =>
        ApplyAsync(userKey, action, submission, PersonGroups.Known(groups), cancellationToken);

    /// <summary>
    /// A button on a step or review card: the submission holds the action and the inputs.
    /// <paramref name="groups"/> are the therapist's supervision groups, looked up only when this
    /// button needs them: a group picked on the sharing card is kept with the open reflection (if it
    /// is still one of theirs), and a confirmed one is archived in its group as it is at that moment.
    /// </summary>
    public async Task<ReflectionView> ApplyAsync(
        string userKey, SessionAction action, IReadOnlyDictionary<string, string> submission, PersonGroups groups, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var stored = await store.LoadAsync(userKey, cancellationToken);
        if (stored is null || stored.Session.Id != action.Stamp.SessionId)
        {
            return new ReflectionView.OutOfDate();
        }

        var now = time.GetUtcNow();
        var session = engine.ExpireIfDue(stored.Session, now);
        if (session.Status == SessionStatus.Expired)
        {
            await store.DeleteAsync(userKey, cancellationToken);
            BotTelemetry.ReflectionAbandoned(session.FlowId.Value, "expired");
            return new ReflectionView.Expired(settings.ExpireAfterDays);
        }

        var sharingGroup = submission.ContainsKey(SharingGroups.Input.Value)
            ? SharingGroups.ChosenIn(submission, await groups.GetAsync(cancellationToken)) ?? stored.SharingGroup
            : stored.SharingGroup;

        // Written answers lose their identifiers before the engine (and so bot state) sees them:
        // the engine calls back once the card's stamp has passed its check.
        RedactedSubmission? redacted = null;
        RedactionMemory? restored = null;
        var result = engine.Apply(session, action, submission, now, (flow, step, values) =>
        {
            restored = memories?.Find(userKey, stored.ETag) ?? redactor.Restore(stored.Redaction);
            redacted = redactor.Redact(flow, step, values, restored, KeptText(session));
            return new PreparedAnswers(redacted.Values, redacted.Errors);
        });
        switch (result.Rejection)
        {
            case null:
                break;
            case Rejection.ValidationFailed failed:
                return Show(session, failed.Errors, sharingGroup: sharingGroup);
            case Rejection.SessionClosed:
                return new ReflectionView.OutOfDate();
            default:
                LogRejected(logger, session.Id, action.Verb, result.Rejection.GetType().Name);
                return Show(session, [], wasOutOfDate: true, stored.SharingGroup);
        }

        var next = result.Session;
        var redaction = stored.Redaction;
        // A memory that learnt nothing is the very object restored: the stored forms stand as they are.
        if (redacted is not null && !ReferenceEquals(redacted.Memory, restored))
        {
            redaction = SubmissionRedactor.Encode(redacted.Memory);
            if (redaction.Except(stored.Redaction, StringComparer.Ordinal).Any())
            {
                // What this card taught the anonymiser (a name declared on an edit, a person first
                // named here) reaches back into the answers written on earlier cards. When it learnt
                // nothing, those answers are as anonymous as they were, so they are left alone.
                next = redactor.RedactAnswers(next, redacted.Memory, now);
                LogReanonymised(logger, next.Id);
            }
        }

        LogApplied(logger, next.Id, action.Verb, next.Status, next.Version);
        if (next.Status is SessionStatus.Confirmed or SessionStatus.Cancelled)
        {
            // Saving the closed session first is the claim: a second Confirm from another click
            // finds the record changed (or gone) and is told the card is out of date. A confirmed
            // session then waits in state until the archive has it, so a storage failure loses nothing,
            // and it is noted durably first, so a crash before the archive write loses nothing either.
            if (next.Status == SessionStatus.Confirmed)
            {
                await pending.AddAsync(userKey, cancellationToken);
            }

            // The group is checked again here, from storage: a group left or removed since the
            // sharing card was shown is never the one a confirmed reflection goes to.
            var group = next.Status == SessionStatus.Confirmed ? SharingGroups.Resolve(await groups.GetAsync(cancellationToken), sharingGroup) : sharingGroup;
            if (!await store.TrySaveAsync(userKey, next, stored.ETag, [], group, cancellationToken))
            {
                return await WhereItIsAsync(userKey, cancellationToken);
            }

            if (next.Status == SessionStatus.Cancelled)
            {
                await store.DeleteAsync(userKey, cancellationToken);
                BotTelemetry.ReflectionAbandoned(next.FlowId.Value, "discarded");
                return new ReflectionView.Discarded();
            }

            // Nothing is delivered here: the edge sends a request for contact (at once, whether or
            // not the archive could be reached) and fills in the delivery report from what happened.
            BotTelemetry.ReflectionConfirmed(next.FlowId.Value);
            var outcome = ReflectionOutcome.Of(next);
            var contact = outcome is { RequestsSupervisorContact: true } ? new ContactAsk(next.Id, group, CaseLabelOf(next)) : null;
            return !await TryArchiveAsync(userKey, next, group, cancellationToken)
                ? new ReflectionView.ConfirmedButPending(contact)
                : outcome is not null ? new ReflectionView.Confirmed(outcome, DeliveryReport.NothingSent, contact) : new ReflectionView.Discarded();
        }

        // Nothing changed (no words to hide, the same group, say): nothing to write.
        var unchanged = next.Equals(stored.Session)
            && (ReferenceEquals(redaction, stored.Redaction) || redaction.SequenceEqual(stored.Redaction, StringComparer.Ordinal))
            && sharingGroup == stored.SharingGroup;
        if (!unchanged)
        {
            if (await store.SaveAsync(userKey, next, stored.ETag, redaction, sharingGroup, cancellationToken) is not { } etag)
            {
                return await WhereItIsAsync(userKey, cancellationToken);
            }

            // The memory whose forms were just saved: the one this card grew, or else the one it was saved with before.
            if ((redacted?.Memory ?? memories?.Find(userKey, stored.ETag)) is { } saved)
            {
                memories?.Remember(userKey, etag, saved);
            }
        }

        return action.Verb == SessionVerb.SaveForLater ? new ReflectionView.SavedForLater() : Show(next, [], sharingGroup: sharingGroup);
    }

    /// <summary>"Forget me": whatever is open or waiting is deleted, not saved.</summary>
    public async Task ForgetAsync(string userKey, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(userKey, cancellationToken);
        await pending.RemoveAsync(userKey, cancellationToken);
        memories?.Forget(userKey);
    }

    public static ReflectionView Examples() => new ReflectionView.ExampleList(WorkedExamples.All);

    public ReflectionView Example(int index) =>
        index >= 0 && index < WorkedExamples.All.Length
            ? new ReflectionView.Example(WorkedExamples.All[index], engine.Review(WorkedExamples.All[index].Flow, WorkedExamples.All[index].Answers))
            : new ReflectionView.ExampleList(WorkedExamples.All);

    /// <summary>
    /// Archives a confirmed session, then forgets it from state. False when the archive could not
    /// be reached: the session stays in state and is retried in the background and on the next turn.
    /// </summary>
    private async Task<bool> TryArchiveAsync(string userKey, ReflectionSession session, string? group, CancellationToken cancellationToken)
    {
        var document = ReflectionDocument.From(session, flows.Get(session.FlowId), userKey, group, session.UpdatedAt);
        try
        {
            var saved = await archive.SaveAsync(document, cancellationToken);
            LogArchived(logger, session.Id, saved);
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or ArgumentException))
        {
            // Noted as waiting when it was confirmed; the retrier finds it from that note.
            LogArchiveFailed(logger, session.Id, exception.GetType().Name);
            return false;
        }

        await store.DeleteAsync(userKey, cancellationToken);
        await pending.RemoveAsync(userKey, cancellationToken);
        return true;
    }

    /// <summary>What the session keeps for a written input, already anonymised; null when it keeps none.</summary>
    private static Func<InputId, string?> KeptText(ReflectionSession session) =>
        id => session.Answers.TryGetValue(id, out var answer) && answer is AnswerValue.Text text ? text.Value : null;

    private async Task<bool> StillSavingAsync(string userKey, StoredReflection? stored, CancellationToken cancellationToken) =>
        stored is { Session.Status: SessionStatus.Confirmed } && !await TryArchiveAsync(userKey, stored.Session, stored.SharingGroup, cancellationToken);

    private async Task<ReflectionView> StartNewAsync(string userKey, FlowId flowId, string? etag, CancellationToken cancellationToken)
    {
        var suggested = flows.Get(flowId).SuggestAnswers?.Invoke([]);
        var session = engine.Start(flowId, Guid.NewGuid(), time.GetUtcNow(), suggested);
        if (!await store.TrySaveAsync(userKey, session, etag, [], null, cancellationToken))
        {
            return await WhereItIsAsync(userKey, cancellationToken);
        }

        BotTelemetry.ReflectionStarted(flowId.Value);
        LogTransition(logger, session.Id, flowId.Value, "started", session.Version);
        return Show(session, []);
    }

    /// <summary>Another request changed the reflection first: show where it now is.</summary>
    private async Task<ReflectionView> WhereItIsAsync(string userKey, CancellationToken cancellationToken)
    {
        var stored = await store.LoadAsync(userKey, cancellationToken);
        return stored is { Session.IsOpen: true } ? Show(stored.Session, [], wasOutOfDate: true, stored.SharingGroup) : new ReflectionView.OutOfDate();
    }

    private ReflectionView Show(ReflectionSession session, ImmutableArray<ValidationError> errors, bool wasOutOfDate = false, string? sharingGroup = null) =>
        engine.CurrentStep(session) is { } step
            ? new ReflectionView.Step(step, errors, wasOutOfDate) { SharingGroup = sharingGroup }
            : new ReflectionView.Review(engine.Review(session), wasOutOfDate);

    /// <summary>The case label the therapist gave (already anonymised, as every answer in state is), if any.</summary>
    private string? CaseLabelOf(ReflectionSession session) =>
        flows.Get(session.FlowId).CaseLabel is { } label && session.Answers.GetValueOrDefault(label) is AnswerValue.Text text ? text.Value : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Reflection {SessionId} ({Flow}): {Transition}, version {Version}")]
    private static partial void LogTransition(ILogger logger, Guid sessionId, string flow, string transition, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reflection {SessionId} archived: {Result}")]
    private static partial void LogArchived(ILogger logger, Guid sessionId, ArchiveSaveResult result);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reflection {SessionId} confirmed but not archived ({Reason}); kept in state and retried")]
    private static partial void LogArchiveFailed(ILogger logger, Guid sessionId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reflection {SessionId}: {Verb}, now {Status}, version {Version}")]
    private static partial void LogApplied(ILogger logger, Guid sessionId, SessionVerb verb, SessionStatus status, int version);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reflection {SessionId}: the anonymiser learnt something new, so earlier answers were anonymised again")]
    private static partial void LogReanonymised(ILogger logger, Guid sessionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reflection {SessionId}: {Verb} from an out-of-date card ({Rejection}); nothing changed")]
    private static partial void LogRejected(ILogger logger, Guid sessionId, SessionVerb verb, string rejection);
}
