using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;
using static SupervisionBot.Bot.Tests.Infrastructure.DialogsFixture;
using Quick = SupervisionBot.Dialogs.Flows.QuickCheckInFlow;
using Reflection = SupervisionBot.Dialogs.Flows.SessionReflectionFlow;

namespace SupervisionBot.Bot.Tests.Dialogs.Engine;

public class ReflectionEngineAnswerTests
{
    [Fact]
    public void Answer_ValidStep_MovesToNextStepAndBumpsVersion()
    {
        var start = StartQuickCheckIn();

        var result = DefaultEngine.Answer(start, start.Stamp, Raw((Quick.Inputs.HowTheWorkSits, "4")), Later(5));

        Assert.True(result.IsSuccess);
        Assert.Equal(Quick.Steps.Sentence, result.Session.CurrentStep);
        Assert.Equal(2, result.Session.Version);
        Assert.Equal(Later(5), result.Session.UpdatedAt);
        Assert.Equal(T0, result.Session.CreatedAt);
        Assert.Equal(new AnswerValue.Choice("4"), result.Session.Answers[Quick.Inputs.HowTheWorkSits]);
    }

    [Fact]
    public void Answer_LastStep_MovesToReview()
    {
        var session = QuickCheckInInReview();

        Assert.Equal(SessionStatus.InReview, session.Status);
        Assert.Equal(StepId.Review, session.CurrentStep);
        Assert.Equal(StepId.Review, session.Stamp.Step);
    }

    [Fact]
    public void Answer_StepThatIsNotCurrent_IsRejectedAndChangesNothing()
    {
        var session = StartQuickCheckIn();
        var cardForLaterStep = new SessionStamp(session.Id, Quick.Steps.Sentence, session.Version);

        var result = DefaultEngine.Answer(session, cardForLaterStep, Raw((Quick.Inputs.OneSentence, "Hello")), Later(1));

        var rejection = RejectedWith<Rejection.NotCurrentStep>(result, session);
        Assert.Equal(Quick.Steps.Rating, rejection.Current);
        Assert.Equal(Quick.Steps.Sentence, rejection.Rendered);
    }

    [Fact]
    public void Answer_SameCardClickedTwice_SecondIsRejectedAndChangesNothing()
    {
        var start = StartQuickCheckIn();
        var card = start.Stamp;
        var afterFirstClick = DefaultEngine.Answer(start, card, Raw((Quick.Inputs.HowTheWorkSits, "4")), Later(1)).Session;

        var second = DefaultEngine.Answer(afterFirstClick, card, Raw((Quick.Inputs.HowTheWorkSits, "1")), Later(2));

        RejectedWith<Rejection.NotCurrentStep>(second, afterFirstClick);
        Assert.Equal(new AnswerValue.Choice("4"), afterFirstClick.Answers[Quick.Inputs.HowTheWorkSits]);
    }

    [Fact]
    public void Answer_StaleVersionOfCurrentStep_IsRejectedAndChangesNothing()
    {
        var onSentence = Answered(StartQuickCheckIn(), (Quick.Inputs.HowTheWorkSits, "4"));
        var oldSentenceCard = onSentence.Stamp;
        var onSharing = Answered(onSentence, (Quick.Inputs.OneSentence, "First thought."));
        var backOnSentence = DefaultEngine.Back(onSharing, onSharing.Stamp, Later(3)).Session;

        var result = DefaultEngine.Answer(backOnSentence, oldSentenceCard, Raw((Quick.Inputs.OneSentence, "From the old card.")), Later(4));

        var rejection = RejectedWith<Rejection.StaleVersion>(result, backOnSentence);
        Assert.Equal(backOnSentence.Version, rejection.Current);
        Assert.Equal(oldSentenceCard.Version, rejection.Rendered);
    }

    [Fact]
    public void Answer_InReview_IsRejectedAsNotCurrentStep()
    {
        var review = QuickCheckInInReview();
        var oldSharingCard = new SessionStamp(review.Id, Quick.Steps.Sharing, review.Version - 1);

        var result = DefaultEngine.Answer(review, oldSharingCard, Raw((CommonInputs.Sharing, CommonInputs.ShareWithGroup.Value)), Later(9));

        RejectedWith<Rejection.NotCurrentStep>(result, review);
    }

    [Fact]
    public void Answer_WithReviewStamp_IsRejectedAsNotCurrentStep()
    {
        var review = QuickCheckInInReview();

        var result = DefaultEngine.Answer(review, review.Stamp, Raw((CommonInputs.Sharing, CommonInputs.ShareWithGroup.Value)), Later(9));

        RejectedWith<Rejection.NotCurrentStep>(result, review);
    }

    [Fact]
    public void Answer_AfterConfirm_IsRejectedAsSessionClosed()
    {
        var review = QuickCheckInInReview();
        var confirmed = DefaultEngine.Confirm(review, review.Stamp, Later(10)).Session;

        var result = DefaultEngine.Answer(confirmed, review.Stamp, NoValues(), Later(11));

        var rejection = RejectedWith<Rejection.SessionClosed>(result, confirmed);
        Assert.Equal(SessionStatus.Confirmed, rejection.Status);
    }

    [Fact]
    public void Answer_StampForAnotherSession_Throws()
    {
        var session = StartQuickCheckIn();
        var foreign = session.Stamp with { SessionId = Guid.Empty };

        Assert.Throws<ArgumentException>(() => DefaultEngine.Answer(session, foreign, NoValues(), Later(1)));
    }

    [Fact]
    public void Answer_KeysThatAreNotInputsOfTheStep_AreIgnored()
    {
        var start = StartQuickCheckIn();
        var raw = Raw((Quick.Inputs.HowTheWorkSits, "3"), (Quick.Inputs.OneSentence, "Belongs to the next step."));
        raw["action"] = "answer";

        var result = DefaultEngine.Answer(start, start.Stamp, raw, Later(1));

        Assert.True(result.IsSuccess);
        Assert.Equal([Quick.Inputs.HowTheWorkSits], result.Session.Answers.Keys);
    }

    [Fact]
    public void Answer_AgainAfterBack_ReplacesThatStepsAnswers()
    {
        var onSentence = Answered(StartQuickCheckIn(), (Quick.Inputs.HowTheWorkSits, "4"));
        var onSharing = Answered(onSentence, (Quick.Inputs.OneSentence, "First thought."));
        var back = DefaultEngine.Back(onSharing, onSharing.Stamp, Later(3)).Session;

        var cleared = Answered(back);

        Assert.False(cleared.Answers.ContainsKey(Quick.Inputs.OneSentence));
        Assert.Equal(Quick.Steps.Sharing, cleared.CurrentStep);
    }

    [Fact]
    public void Answer_EmptySubmissionOfSkippableStep_CountsAsSkip()
    {
        var onSentence = Answered(StartQuickCheckIn(), (Quick.Inputs.HowTheWorkSits, "4"));

        var result = DefaultEngine.Answer(onSentence, onSentence.Stamp, Raw((Quick.Inputs.OneSentence, "   ")), Later(2));

        Assert.True(result.IsSuccess);
        Assert.Equal(Quick.Steps.Sharing, result.Session.CurrentStep);
        Assert.False(result.Session.Answers.ContainsKey(Quick.Inputs.OneSentence));
    }

    [Fact]
    public void Answer_ClientFirstName_IsHandedBackOnceAndNeverKept()
    {
        var start = StartSessionReflection();

        var result = DefaultEngine.Answer(
            start,
            start.Stamp,
            Raw((Reflection.Inputs.CaseLabel, "Client A"), (Reflection.Inputs.Phase, Reflection.Phases.Beginning.Value), (Reflection.Inputs.ClientFirstName, " Rowan ")),
            Later(1));

        Assert.True(result.IsSuccess);
        Assert.Equal(["Rowan"], result.RedactionTerms.AsEnumerable());
        Assert.False(result.Session.Answers.ContainsKey(Reflection.Inputs.ClientFirstName));
        Assert.DoesNotContain(result.Session.Answers.Values, answer => answer is AnswerValue.Text { Value: "Rowan" });
    }

    [Fact]
    public void Answer_StepWithoutRedactionOnlyInput_HandsBackNoTerms()
    {
        var start = StartQuickCheckIn();

        var result = DefaultEngine.Answer(start, start.Stamp, Raw((Quick.Inputs.HowTheWorkSits, "4")), Later(1));

        Assert.Empty(result.RedactionTerms);
    }
}
