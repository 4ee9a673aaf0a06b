using System.Collections.Immutable;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Dialogs.Engine;

/// <summary>
/// Moves a reflection session through its flow. Pure: it takes a session and an action and
/// returns the next session, with time passed in. Every action from a card carries the
/// <see cref="SessionStamp"/> the card was rendered from; a stale one is rejected and changes nothing.
/// Loading and saving sessions, and removing identifiers from text, belong to the caller.
/// </summary>
public sealed class ReflectionEngine
{
    private readonly FlowCatalog _flows;
    private readonly ReflectionEngineOptions _options;

    public ReflectionEngine(FlowCatalog flows, ReflectionEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(flows);
        _flows = flows;
        _options = options ?? new ReflectionEngineOptions();
        if (_options.MaxAge <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.MaxAge, "The maximum age of a session must be positive.");
        }
    }

    /// <summary>
    /// Starts a session on the first step. <paramref name="suggestedAnswers"/> prefill the cards
    /// (such as a suggested case label); they stay only if the therapist submits them.
    /// </summary>
    public ReflectionSession Start(
        FlowId flowId,
        Guid sessionId,
        DateTimeOffset now,
        IReadOnlyDictionary<InputId, AnswerValue>? suggestedAnswers = null)
    {
        var flow = _flows.Get(flowId);
        var suggestions = (suggestedAnswers ?? ImmutableDictionary<InputId, AnswerValue>.Empty).ToImmutableDictionary();
        foreach (var (id, answer) in suggestions)
        {
            var step = flow.Steps.FirstOrDefault(candidate => candidate.FindInput(id) is { IsRedactionOnly: false });
            var raw = new Dictionary<string, string> { [id.Value] = RawAnswers.Format(answer) };
            if (step is null || !RawAnswers.Parse(step, raw, complete: false).Errors.IsEmpty)
            {
                throw new ArgumentException($"'{id}' is not an input of flow '{flowId}' that can be given this suggestion.", nameof(suggestedAnswers));
            }
        }

        return new ReflectionSession
        {
            Id = sessionId,
            FlowId = flowId,
            CurrentStep = flow.Steps[0].Id,
            Answers = suggestions,
            Status = SessionStatus.InProgress,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>
    /// Answers the current step with the raw values of a card submission. On success the session
    /// moves to the next step, or to the review after the last step or after an edit from the review.
    /// An empty submission of a skippable step counts as skipping it.
    /// </summary>
    public TransitionResult Answer(ReflectionSession session, SessionStamp stamp, IReadOnlyDictionary<string, string> rawValues, DateTimeOffset now, PrepareAnswers? prepare = null)
    {
        ArgumentNullException.ThrowIfNull(rawValues);
        if (GuardAtStep(session, stamp) is { } rejection)
        {
            return TransitionResult.Rejected(session, rejection);
        }

        var step = StepOf(session);
        var prepared = Prepare(session, step, rawValues, prepare);
        if (!prepared.Errors.IsEmpty)
        {
            return TransitionResult.Rejected(session, new Rejection.ValidationFailed(prepared.Errors));
        }

        var parsed = RawAnswers.Parse(step, prepared.Values, complete: true);
        if (!parsed.Errors.IsEmpty)
        {
            return TransitionResult.Rejected(session, new Rejection.ValidationFailed(parsed.Errors));
        }

        var answers = WithoutStep(session.Answers, step).AddRange(parsed.Answers);
        return TransitionResult.Success(MoveOn(session, answers, now), parsed.RedactionTerms);
    }

    /// <summary>Skips the current step, forgetting any earlier answers to it, if the flow allows it.</summary>
    public TransitionResult Skip(ReflectionSession session, SessionStamp stamp, DateTimeOffset now)
    {
        if (GuardAtStep(session, stamp) is { } rejection)
        {
            return TransitionResult.Rejected(session, rejection);
        }

        var step = StepOf(session);
        return step.IsSkippable
            ? TransitionResult.Success(MoveOn(session, WithoutStep(session.Answers, step), now))
            : TransitionResult.Rejected(session, new Rejection.NotSkippable(step.Id));
    }

    /// <summary>
    /// Goes back one step, keeping the answers given so far. From the review it goes to the last
    /// step; while editing from the review it returns to the review unchanged.
    /// </summary>
    public TransitionResult Back(ReflectionSession session, SessionStamp stamp, DateTimeOffset now)
    {
        if (Guard(session, stamp) is { } rejection)
        {
            return TransitionResult.Rejected(session, rejection);
        }

        var flow = FlowOf(session);
        if (session.Status == SessionStatus.InReview)
        {
            return TransitionResult.Success(Changed(session, now) with { CurrentStep = flow.Steps[^1].Id, Status = SessionStatus.InProgress });
        }

        if (session.ReturnToReview)
        {
            return TransitionResult.Success(ToReview(session, now));
        }

        var index = flow.IndexOf(session.CurrentStep);
        return index == 0
            ? TransitionResult.Rejected(session, new Rejection.AtFirstStep())
            : TransitionResult.Success(Changed(session, now) with { CurrentStep = flow.Steps[index - 1].Id });
    }

    /// <summary>From the review, opens one step again; answering or skipping it returns to the review.</summary>
    public TransitionResult Edit(ReflectionSession session, SessionStamp stamp, StepId step, DateTimeOffset now)
    {
        if (GuardInReview(session, stamp) is { } rejection)
        {
            return TransitionResult.Rejected(session, rejection);
        }

        return FlowOf(session).FindStep(step) is null
            ? TransitionResult.Rejected(session, new Rejection.UnknownStep(step))
            : TransitionResult.Success(Changed(session, now) with { CurrentStep = step, Status = SessionStatus.InProgress, ReturnToReview = true });
    }

    /// <summary>The review of a session: every step and its answers in words. Read-only; any status.</summary>
    public ReviewModel Review(ReflectionSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var canEdit = session.Status == SessionStatus.InReview;
        return BuildReview(FlowOf(session), session.Answers, session.Stamp, canEdit);
    }

    /// <summary>
    /// Answers that belong to no session, such as a worked example, read back like a review.
    /// Nothing in it can be edited or confirmed, and its stamp names no session.
    /// </summary>
    public ReviewModel Review(FlowId flowId, IReadOnlyDictionary<InputId, AnswerValue> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return BuildReview(_flows.Get(flowId), answers, new SessionStamp(Guid.Empty, StepId.Review, 0), canEdit: false);
    }

    /// <summary>Makes the reflection final. Only from the review, and only if every answer still passes the flow's checks.</summary>
    public TransitionResult Confirm(ReflectionSession session, SessionStamp stamp, DateTimeOffset now)
    {
        if (GuardInReview(session, stamp) is { } rejection)
        {
            return TransitionResult.Rejected(session, rejection);
        }

        var errors = AnswerValidation.Validate(FlowOf(session), session.Answers);
        return errors.IsEmpty
            ? TransitionResult.Success(Changed(session, now) with { Status = SessionStatus.Confirmed })
            : TransitionResult.Rejected(session, new Rejection.ValidationFailed(errors));
    }

    /// <summary>Discards the reflection, from any step or the review. Final.</summary>
    public TransitionResult Cancel(ReflectionSession session, SessionStamp stamp, DateTimeOffset now) =>
        Guard(session, stamp) is { } rejection
            ? TransitionResult.Rejected(session, rejection)
            : TransitionResult.Success(Changed(session, now) with { Status = SessionStatus.Cancelled });

    /// <summary>
    /// Pauses the reflection, keeping what is on the current card so far. Missing answers are fine
    /// here; answers that could never be accepted (too long, not an option) are rejected so nothing is silently lost.
    /// </summary>
    public TransitionResult SaveForLater(ReflectionSession session, SessionStamp stamp, IReadOnlyDictionary<string, string> rawValues, DateTimeOffset now, PrepareAnswers? prepare = null)
    {
        ArgumentNullException.ThrowIfNull(rawValues);
        if (Guard(session, stamp) is { } rejection)
        {
            return TransitionResult.Rejected(session, rejection);
        }

        if (session.Status == SessionStatus.InReview)
        {
            return TransitionResult.Success(Changed(session, now) with { SavedForLaterAt = now });
        }

        var step = StepOf(session);
        var prepared = Prepare(session, step, rawValues, prepare);
        if (!prepared.Errors.IsEmpty)
        {
            return TransitionResult.Rejected(session, new Rejection.ValidationFailed(prepared.Errors));
        }

        var parsed = RawAnswers.Parse(step, prepared.Values, complete: false);
        if (!parsed.Errors.IsEmpty)
        {
            return TransitionResult.Rejected(session, new Rejection.ValidationFailed(parsed.Errors));
        }

        var answers = WithoutStep(session.Answers, step).AddRange(parsed.Answers);
        return TransitionResult.Success(Changed(session, now) with { Answers = answers, SavedForLaterAt = now }, parsed.RedactionTerms);
    }

    /// <summary>
    /// Picks an open session up again where it was left. It needs no stamp, because it is how the
    /// therapist gets back when the old cards are gone, and it bumps the version so those cards go stale.
    /// </summary>
    public TransitionResult Resume(ReflectionSession session, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        _ = FlowOf(session);
        return session.IsOpen
            ? TransitionResult.Success(Changed(session, now))
            : TransitionResult.Rejected(session, new Rejection.SessionClosed(session.Status));
    }

    /// <summary>
    /// Expires an open session started at least the maximum age before <paramref name="now"/>;
    /// returns any other session unchanged. Call it whenever a session is loaded.
    /// </summary>
    public ReflectionSession ExpireIfDue(ReflectionSession session, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.IsOpen && now - session.CreatedAt >= _options.MaxAge
            ? Changed(session, now) with { Status = SessionStatus.Expired }
            : session;
    }

    /// <summary>
    /// From the review: replaces each of <paramref name="words"/> (whole words or phrases, any
    /// case) in every written answer with <see cref="ReviewInputs.HiddenTag"/>, so the therapist
    /// sees and confirms exactly what will be kept. Nothing to hide leaves the session as it is.
    /// </summary>
    public TransitionResult HideWords(ReflectionSession session, SessionStamp stamp, IReadOnlyList<string> words, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (GuardInReview(session, stamp) is { } rejection)
        {
            return TransitionResult.Rejected(session, rejection);
        }

        if (words.Count == 0)
        {
            return TransitionResult.Rejected(session, new Rejection.ValidationFailed([new ValidationError(ReviewInputs.HideWords, "Type the words you want hidden, separated by commas.")]));
        }

        return TransitionResult.Success(RewriteText(session, (_, text) => ReviewInputs.Hide(text, words), now));
    }

    /// <summary>
    /// Rewrites every written answer of an open session, for instance to remove a name the
    /// therapist declared after writing about the client. Choices are untouched; an answer the
    /// rewrite leaves unchanged stays as it was. The version moves on only if something changed,
    /// so cards drawn before a real change become stale.
    /// </summary>
    public static ReflectionSession RewriteText(ReflectionSession session, Func<InputId, string, string> rewrite, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(rewrite);
        if (!session.IsOpen)
        {
            return session;
        }

        var answers = session.Answers;
        foreach (var (id, answer) in session.Answers)
        {
            if (answer is AnswerValue.Text text && rewrite(id, text.Value) is var rewritten && rewritten != text.Value)
            {
                answers = answers.SetItem(id, new AnswerValue.Text(rewritten));
            }
        }

        return answers == session.Answers ? session : Changed(session, now) with { Answers = answers };
    }

    /// <summary>
    /// Carries out one card action: the single entry point for a card submission. The session must
    /// be the one the action's stamp names; <paramref name="rawValues"/> is the whole submission,
    /// of which only the current step's inputs are read. <paramref name="prepare"/>, if given, sees
    /// the values of an answer or a save for later once the stamp has been checked (here, and only
    /// here) and before they are parsed.
    /// </summary>
    public TransitionResult Apply(ReflectionSession session, SessionAction action, IReadOnlyDictionary<string, string> rawValues, DateTimeOffset now, PrepareAnswers? prepare = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(action);
        return action.Verb switch
        {
            SessionVerb.Answer => Answer(session, action.Stamp, rawValues, now, prepare),
            SessionVerb.Skip => Skip(session, action.Stamp, now),
            SessionVerb.Back => Back(session, action.Stamp, now),
            SessionVerb.Edit when action.EditStep is { } step => Edit(session, action.Stamp, step, now),
            SessionVerb.Edit => throw new ArgumentException("An edit must name the step to edit.", nameof(action)),
            SessionVerb.Confirm => Confirm(session, action.Stamp, now),
            SessionVerb.Cancel => Cancel(session, action.Stamp, now),
            SessionVerb.SaveForLater => SaveForLater(session, action.Stamp, rawValues, now, prepare),
            SessionVerb.Resume when action.Stamp.SessionId == session.Id => Resume(session, now),
            SessionVerb.HideWords => HideWords(session, action.Stamp, ReviewInputs.ParseWords(rawValues.GetValueOrDefault(ReviewInputs.HideWords.Value)), now),
            SessionVerb.Resume => throw new ArgumentException($"The action is for session {action.Stamp.SessionId}, not {session.Id}.", nameof(action)),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action.Verb, "Unknown verb."),
        };
    }

    /// <summary>The step to render, or null when the session is in review or closed.</summary>
    public StepView? CurrentStep(ReflectionSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.Status != SessionStatus.InProgress)
        {
            return null;
        }

        var flow = FlowOf(session);
        var index = flow.IndexOf(session.CurrentStep);
        var step = flow.Steps[index];
        var values = step.Inputs
            .Where(input => !input.IsRedactionOnly && session.Answers.ContainsKey(input.Id))
            .ToImmutableDictionary(input => input.Id, input => RawAnswers.Format(session.Answers[input.Id]));
        return new StepView(flow, step, index + 1, flow.Steps.Length, session.Stamp, values, index > 0 || session.ReturnToReview, step.IsSkippable, session.ReturnToReview);
    }

    private PreparedAnswers Prepare(ReflectionSession session, StepDefinition step, IReadOnlyDictionary<string, string> rawValues, PrepareAnswers? prepare) =>
        prepare?.Invoke(FlowOf(session), step, rawValues) ?? new PreparedAnswers(rawValues, []);

    private Rejection? Guard(ReflectionSession session, SessionStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(session);
        _ = FlowOf(session);
        if (stamp.SessionId != session.Id)
        {
            // The edge loads the session named by the stamp, so a mismatch is a bug, not a user action.
            throw new ArgumentException($"The stamp is for session {stamp.SessionId}, not {session.Id}.", nameof(stamp));
        }

        if (!session.IsOpen)
        {
            return new Rejection.SessionClosed(session.Status);
        }

        if (stamp.Step != session.CurrentStep)
        {
            return new Rejection.NotCurrentStep(session.CurrentStep, stamp.Step);
        }

        return stamp.Version != session.Version ? new Rejection.StaleVersion(session.Version, stamp.Version) : null;
    }

    private Rejection? GuardAtStep(ReflectionSession session, SessionStamp stamp) =>
        Guard(session, stamp) ?? (session.Status == SessionStatus.InProgress ? null : new Rejection.NotCurrentStep(session.CurrentStep, stamp.Step));

    private Rejection? GuardInReview(ReflectionSession session, SessionStamp stamp) =>
        Guard(session, stamp) ?? (session.Status == SessionStatus.InReview ? null : new Rejection.NotInReview());

    // A session of a flow this engine does not run is a bug in the caller, so it throws.
    private FlowDefinition FlowOf(ReflectionSession session) => _flows.Get(session.FlowId);

    private StepDefinition StepOf(ReflectionSession session) =>
        FlowOf(session).FindStep(session.CurrentStep)
        ?? throw new InvalidOperationException($"Session {session.Id} is on step '{session.CurrentStep}', which flow '{session.FlowId}' does not have.");

    private ReflectionSession MoveOn(ReflectionSession session, ImmutableDictionary<InputId, AnswerValue> answers, DateTimeOffset now)
    {
        var moved = session with { Answers = answers };
        if (session.ReturnToReview)
        {
            return ToReview(moved, now);
        }

        var flow = FlowOf(session);
        var next = flow.IndexOf(session.CurrentStep) + 1;
        return next == flow.Steps.Length
            ? ToReview(moved, now)
            : Changed(moved, now) with { CurrentStep = flow.Steps[next].Id };
    }

    private static ReflectionSession ToReview(ReflectionSession session, DateTimeOffset now) =>
        Changed(session, now) with { CurrentStep = StepId.Review, Status = SessionStatus.InReview, ReturnToReview = false };

    // Every change goes through here: a new version, a new time, and no longer paused.
    private static ReflectionSession Changed(ReflectionSession session, DateTimeOffset now) =>
        session with { Version = session.Version + 1, UpdatedAt = now, SavedForLaterAt = null };

    private static ImmutableDictionary<InputId, AnswerValue> WithoutStep(ImmutableDictionary<InputId, AnswerValue> answers, StepDefinition step) =>
        answers.RemoveRange(step.Inputs.Select(input => input.Id));

    private static ReviewModel BuildReview(FlowDefinition flow, IReadOnlyDictionary<InputId, AnswerValue> answers, SessionStamp stamp, bool canEdit)
    {
        var steps = flow.Steps.Select(step => new ReviewStep(
            step.Id,
            step.Title,
            [.. step.Inputs
                .Where(input => !input.IsRedactionOnly && answers.ContainsKey(input.Id))
                .Select(input => new ReviewItem(input.Id, input.Label, DisplayText(input, answers[input.Id])))],
            canEdit));
        return new ReviewModel(flow.Title, stamp, [.. steps], canEdit);
    }

    private static string DisplayText(InputDefinition input, AnswerValue answer) => answer switch
    {
        AnswerValue.Text text => text.Value,
        AnswerValue.Choice choice => input.FindChoice(choice.Value)?.Label ?? choice.Value,
        AnswerValue.Choices choices => string.Join("; ", choices.Values.Select(value => input.FindChoice(value)?.Label ?? value)),
        AnswerValue.Toggle toggle => toggle.IsOn ? "Yes" : "No",
        _ => throw new ArgumentOutOfRangeException(nameof(answer)),
    };
}
