using System.Collections.Immutable;
using SupervisionBot.Cards.Model;
using SupervisionBot.Cards.Reflection;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Examples;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>
/// Real step views and reviews for the card tests, made by driving the real engine through the
/// standard flows with complete answers, so the cards are rendered from exactly what the bot will hand them.
/// </summary>
internal static class ReflectionCardSamples
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly Guid SessionId = new("0b8f7f0e-3c4d-4a52-9d7e-2f1e6b5a9c30");

    public static ReflectionEngine Engine { get; } = new(FlowCatalog.Standard);

    /// <summary>Every step of every standard flow, as (flow id, step number) pairs.</summary>
    public static TheoryData<string, int> AllSteps
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var flow in FlowCatalog.Standard.All.OrderBy(flow => flow.Id.Value, StringComparer.Ordinal))
            {
                // Every step of both flows is shown with the complete answers, follow-ups included.
                for (var number = 1; number <= flow.Steps.Length; number++)
                {
                    data.Add(flow.Id.Value, number);
                }
            }

            return data;
        }
    }

    /// <summary>Complete, valid answers to a flow: the worked example for the full reflection, a hand-written set for the check-in.</summary>
    public static ImmutableDictionary<InputId, AnswerValue> CompleteAnswers(FlowId flow) =>
        flow == SessionReflectionFlow.Id
            ? EverythingAsked
            : ImmutableDictionary<InputId, AnswerValue>.Empty
                .Add(QuickCheckInFlow.Inputs.HowTheWorkSits, new AnswerValue.Choice("2"))
                .Add(QuickCheckInFlow.Inputs.OneSentence, new AnswerValue.Text("An ending is stirring things up for me."))
                .Add(CommonInputs.Sharing, new AnswerValue.Choice(CommonInputs.KeepPrivate.Value))
                .Add(CommonInputs.RequestSupervisorContact, new AnswerValue.Toggle(true));

    /// <summary>
    /// The worked example with a risk concern and the contact offer it brings up, with every
    /// "go deeper" area ticked and answered too, so that every step and every follow-up is shown.
    /// </summary>
    private static readonly ImmutableDictionary<InputId, AnswerValue> EverythingAsked = WorkedExamples.HoldingFirst.Answers
        .SetItem(SessionReflectionFlow.Inputs.GoDeeper, new AnswerValue.Choices([.. SessionReflectionFlow.Definition.FindInput(SessionReflectionFlow.Inputs.GoDeeper)!.Choices.Select(choice => choice.Value)]))
        .SetItem(SessionReflectionFlow.Inputs.Echoes, new AnswerValue.Text("I felt as stuck in the group as she seems with me."))
        .SetItem(SessionReflectionFlow.Inputs.Difference, new AnswerValue.Text("I am older than her mother; I wonder what she expects of me."))
        .SetItem(SessionReflectionFlow.Inputs.Ethics, new AnswerValue.Text("She asked whether she could email between sessions."))
        .SetItem(SessionReflectionFlow.Inputs.WiderContext, new AnswerValue.Text("The service offers twelve sessions; we are at eight."));

    /// <summary>The view of step <paramref name="number"/>, reached by answering every step before it.</summary>
    public static StepView Step(FlowId flow, int number)
    {
        var session = Engine.Start(flow, SessionId, T0);
        for (var answered = 1; answered < number; answered++)
        {
            session = AnswerCurrent(session);
        }

        return Engine.CurrentStep(session) ?? throw new InvalidOperationException("Expected a step, not the review.");
    }

    public static StepView Step(string flow, int number) => Step(new FlowId(flow), number);

    /// <summary>A session with every step answered, in review.</summary>
    public static ReflectionSession InReview(FlowId flow)
    {
        var session = Engine.Start(flow, SessionId, T0);
        while (session.Status == SessionStatus.InProgress)
        {
            session = AnswerCurrent(session);
        }

        return session;
    }

    public static ReviewModel Review(FlowId flow) => Engine.Review(InReview(flow));

    /// <summary>A review of the full reflection with the optional steps skipped.</summary>
    public static ReviewModel ReviewWithSkips()
    {
        var session = Engine.Start(SessionReflectionFlow.Id, SessionId, T0);
        while (session.Status == SessionStatus.InProgress)
        {
            var step = Engine.CurrentStep(session)!;
            session = step.CanSkip ? Accepted(Engine.Skip(session, session.Stamp, Later(session))) : AnswerCurrent(session);
        }

        return Engine.Review(session);
    }

    /// <summary>The view of a step opened again from the review, so it is prefilled and returns to the review.</summary>
    public static StepView Editing(FlowId flow, StepId step)
    {
        var session = InReview(flow);
        var edited = Accepted(Engine.Edit(session, session.Stamp, step, Later(session)));
        return Engine.CurrentStep(edited)!;
    }

    /// <summary>The errors the engine gives for submitting a step with nothing filled in.</summary>
    public static ImmutableArray<ValidationError> ErrorsForEmptySubmission(StepView view)
    {
        var session = Engine.Start(view.Flow.Id, SessionId, T0);
        while (session.CurrentStep != view.Step.Id)
        {
            session = AnswerCurrent(session);
        }

        var result = Engine.Answer(session, session.Stamp, new Dictionary<string, string>(), Later(session));
        return Assert.IsType<Rejection.ValidationFailed>(result.Rejection).Errors;
    }

    public static ReviewModel ExampleAnswers(WorkedExample example) => Engine.Review(example.Flow, example.Answers);

    public static AdaptiveCard StepCardFor(string flow, int number) => StepCard.Create(Step(flow, number), []);

    public static AdaptiveCard StepCardWithErrors()
    {
        var view = Step(SessionReflectionFlow.Id, 1);
        return StepCard.Create(view, ErrorsForEmptySubmission(view));
    }

    public static AdaptiveCard StepCardEditingFromReview() =>
        StepCard.Create(Editing(SessionReflectionFlow.Id, SessionReflectionFlow.Steps.Relationship), []);

    /// <summary>The risk card after a concern, with the contact offer it brought up, as the therapist sees it on the round trip.</summary>
    public static AdaptiveCard StepCardRiskWithContactOffer()
    {
        var session = Engine.Start(SessionReflectionFlow.Id, SessionId, T0);
        while (session.CurrentStep != SessionReflectionFlow.Steps.Risk)
        {
            session = AnswerCurrent(session);
        }

        var concern = new Dictionary<string, string> { [SessionReflectionFlow.Inputs.Risk.Value] = SessionReflectionFlow.Risks.ToClient.Value };
        var revealed = Accepted(Engine.Answer(session, session.Stamp, concern, Later(session)));
        return StepCard.Create(Engine.CurrentStep(revealed)!, []);
    }

    public static AdaptiveCard ReviewCardFor(string flow) => ReviewCard.Create(Review(new FlowId(flow)));

    public static AdaptiveCard ReviewCardWithSkips() => ReviewCard.Create(ReviewWithSkips());

    public static AdaptiveCard ReviewCardNotConfirmable() => ReviewCard.Create(Review(SessionReflectionFlow.Id) with { CanConfirm = false });

    public static AdaptiveCard Confirmed(SharingPreference sharing, bool contact) => ReflectionNotices.Confirmed(new ReflectionOutcome(sharing, contact), DeliveryReport.NothingSent);

    public static AdaptiveCard ConfirmedWithContactProblem(ContactNotSent problem) =>
        ReflectionNotices.Confirmed(new ReflectionOutcome(SharingPreference.KeepPrivate, RequestsSupervisorContact: true), DeliveryReport.NothingSent with { ContactProblem = problem });

    /// <summary>The quick check-in's sharing step as someone in <paramref name="groups"/> supervision groups sees it.</summary>
    public static AdaptiveCard SharingStepFor(int groups) =>
        StepCard.Create(global::SupervisionBot.Bot.Reflections.SharingGroups.Adapt(Step(QuickCheckInFlow.Id, 3), Memberships(groups), chosen: null), []);

    private static readonly string[] GroupNames = ["Tuesday group", "Thursday group", "Online group"];

    /// <summary>Memberships in <paramref name="count"/> made-up groups ("Tuesday group", "Thursday group", ...), as a member.</summary>
    public static IReadOnlyList<global::SupervisionBot.Bot.Groups.GroupMembership> Memberships(int count) =>
        [.. GroupNames.Take(count).Select((name, i) => new global::SupervisionBot.Bot.Groups.GroupMembership(
            global::SupervisionBot.Bot.Tests.Supervision.SupervisionFixture.Group(
                global::SupervisionBot.Bot.Tests.Supervision.SupervisionFixture.LondonMondays(new DateOnly(2027, 3, 8)) with { Name = name },
                global::SupervisionBot.Bot.Tests.Supervision.SupervisionFixture.Member(1)) with { Id = $"{i + 1:x2}" + "0b1c2d3e4f5a6b" },
            global::SupervisionBot.Supervision.Groups.GroupRole.Member))];

    public static AdaptiveCard OpenReflectionExists() => ReflectionNotices.OpenReflectionExists(SessionReflectionFlow.Definition.Title, 3, 6, QuickCheckInFlow.Id);

    public static AdaptiveCard ExampleList() => ExamplesCard.List(WorkedExamples.All);

    public static AdaptiveCard Example(int index) => ExamplesCard.Show(WorkedExamples.All[index], ExampleAnswers(WorkedExamples.All[index]));

    /// <summary>The complete answers to the inputs of <paramref name="view"/>, in raw form, as a card would submit them.</summary>
    public static Dictionary<string, string> RawAnswersFor(StepView view) =>
        view.Step.Inputs
            .Where(input => CompleteAnswers(view.Flow.Id).ContainsKey(input.Id))
            .ToDictionary(input => input.Id.Value, input => RawAnswers.Format(CompleteAnswers(view.Flow.Id)[input.Id]));

    /// <summary>Answers the current step; when an answer brings up a follow-up on the same card, answers the card again, as a therapist would.</summary>
    private static ReflectionSession AnswerCurrent(ReflectionSession session)
    {
        var view = Engine.CurrentStep(session)!;
        var answered = Accepted(Engine.Answer(session, session.Stamp, RawAnswersFor(view), Later(session)));
        return answered.Status == SessionStatus.InProgress && answered.CurrentStep == session.CurrentStep && !session.ReturnToReview
            ? Accepted(Engine.Answer(answered, answered.Stamp, RawAnswersFor(Engine.CurrentStep(answered)!), Later(answered)))
            : answered;
    }

    private static ReflectionSession Accepted(TransitionResult result)
    {
        Assert.True(result.IsSuccess, $"Expected the engine to accept the action, but got {result.Rejection}.");
        return result.Session;
    }

    private static DateTimeOffset Later(ReflectionSession session) => T0.AddMinutes(session.Version);
}
