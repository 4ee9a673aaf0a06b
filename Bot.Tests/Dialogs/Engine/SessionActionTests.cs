using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;
using static SupervisionBot.Bot.Tests.Infrastructure.DialogsFixture;
using Quick = SupervisionBot.Dialogs.Flows.QuickCheckInFlow;

namespace SupervisionBot.Bot.Tests.Dialogs.Engine;

/// <summary>One typed card action applied by the engine: the single entry point for a button press.</summary>
public class SessionActionTests
{
    [Fact]
    public void Apply_AnswerFromCardSubmission_AnswersTheStep()
    {
        var start = StartQuickCheckIn();
        var submission = Raw((Quick.Inputs.HowTheWorkSits, "3"));

        var result = DefaultEngine.Apply(start, new SessionAction(SessionVerb.Answer, start.Stamp), submission, Later(1));

        Assert.True(result.IsSuccess);
        Assert.Equal(Quick.Steps.Sentence, result.Session.CurrentStep);
    }

    [Fact]
    public void Apply_EditThenConfirm_GoesThroughTheReview()
    {
        var review = QuickCheckInInReview();

        var editing = DefaultEngine.Apply(review, new SessionAction(SessionVerb.Edit, review.Stamp, Quick.Steps.Rating), NoValues(), Later(10)).Session;
        var backInReview = DefaultEngine.Apply(editing, new SessionAction(SessionVerb.Answer, editing.Stamp), Raw((Quick.Inputs.HowTheWorkSits, "3")), Later(11)).Session;
        var confirmed = DefaultEngine.Apply(backInReview, new SessionAction(SessionVerb.Confirm, backInReview.Stamp), NoValues(), Later(12));

        Assert.Equal(SessionStatus.Confirmed, confirmed.Session.Status);
        Assert.Equal(new AnswerValue.Choice("3"), confirmed.Session.Answers[Quick.Inputs.HowTheWorkSits]);
    }

    [Fact]
    public void Apply_RepeatedConfirmClick_IsRejectedAsSessionClosed()
    {
        var review = QuickCheckInInReview();
        var confirm = new SessionAction(SessionVerb.Confirm, review.Stamp);
        var confirmed = DefaultEngine.Apply(review, confirm, NoValues(), Later(10)).Session;

        var again = DefaultEngine.Apply(confirmed, confirm, NoValues(), Later(11));

        RejectedWith<Rejection.SessionClosed>(again, confirmed);
    }

    [Fact]
    public void Apply_ResumeForAnotherSession_Throws()
    {
        var start = StartQuickCheckIn();
        var resume = new SessionAction(SessionVerb.Resume, start.Stamp with { SessionId = Guid.Empty });

        Assert.Throws<ArgumentException>(() => DefaultEngine.Apply(start, resume, NoValues(), Later(1)));
    }

    [Fact]
    public void Apply_WithPrepare_ParsesThePreparedValues_OfTheCurrentStepOnly()
    {
        var start = StartQuickCheckIn();
        var seen = new List<StepId>();

        var result = DefaultEngine.Apply(start, new SessionAction(SessionVerb.Answer, start.Stamp), Raw((Quick.Inputs.HowTheWorkSits, "1")), Later(1), (flow, step, values) =>
        {
            seen.Add(step.Id);
            Assert.Equal(Quick.Id, flow.Id);
            return new PreparedAnswers(Raw((Quick.Inputs.HowTheWorkSits, "4")), []);
        });

        Assert.Equal([Quick.Steps.Rating], seen);
        Assert.Equal(new AnswerValue.Choice("4"), result.Session.Answers[Quick.Inputs.HowTheWorkSits]);
    }

    [Fact]
    public void Apply_WithPrepareReturningErrors_IsRejected_AndChangesNothing()
    {
        var start = StartQuickCheckIn();
        var error = new ValidationError(Quick.Inputs.HowTheWorkSits, "Not that one.");

        var result = DefaultEngine.Apply(start, new SessionAction(SessionVerb.SaveForLater, start.Stamp), Raw((Quick.Inputs.HowTheWorkSits, "1")), Later(1), (_, _, _) => new PreparedAnswers(NoValues(), [error]));

        Assert.Equal(error, Assert.Single(RejectedWith<Rejection.ValidationFailed>(result, start).Errors));
    }

    [Fact]
    public void Apply_FromAStaleCard_NeverCallsPrepare()
    {
        var start = StartQuickCheckIn();
        var moved = Answered(start, (Quick.Inputs.HowTheWorkSits, "3"));

        var result = DefaultEngine.Apply(moved, new SessionAction(SessionVerb.Answer, start.Stamp), Raw((Quick.Inputs.HowTheWorkSits, "1")), Later(2), (_, _, _) => throw new InvalidOperationException("Prepared a stale card."));

        Assert.IsType<Rejection.NotCurrentStep>(result.Rejection);
    }
}
