using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;
using static SupervisionBot.Bot.Tests.Infrastructure.DialogsFixture;
using Quick = SupervisionBot.Dialogs.Flows.QuickCheckInFlow;
using Reflection = SupervisionBot.Dialogs.Flows.SessionReflectionFlow;

namespace SupervisionBot.Bot.Tests.Dialogs.Engine;

/// <summary>Skip, back, edit from the review, and the review itself.</summary>
public class ReflectionEngineNavigationTests
{
    [Fact]
    public void Skip_SkippableStep_MovesOnAndForgetsEarlierAnswers()
    {
        var onSharing = Answered(Answered(StartQuickCheckIn(), (Quick.Inputs.HowTheWorkSits, "4")), (Quick.Inputs.OneSentence, "A thought."));
        var backOnSentence = DefaultEngine.Back(onSharing, onSharing.Stamp, Later(3)).Session;

        var result = DefaultEngine.Skip(backOnSentence, backOnSentence.Stamp, Later(4));

        Assert.True(result.IsSuccess);
        Assert.Equal(Quick.Steps.Sharing, result.Session.CurrentStep);
        Assert.False(result.Session.Answers.ContainsKey(Quick.Inputs.OneSentence));
        Assert.Equal(backOnSentence.Version + 1, result.Session.Version);
    }

    [Fact]
    public void Skip_RequiredStep_IsRejectedAsNotSkippable()
    {
        var start = StartQuickCheckIn();

        var result = DefaultEngine.Skip(start, start.Stamp, Later(1));

        var rejection = RejectedWith<Rejection.NotSkippable>(result, start);
        Assert.Equal(Quick.Steps.Rating, rejection.Step);
    }

    [Fact]
    public void Skip_FromOldCard_IsRejectedAndChangesNothing()
    {
        var start = StartQuickCheckIn();
        var onSentence = Answered(start, (Quick.Inputs.HowTheWorkSits, "4"));

        var result = DefaultEngine.Skip(onSentence, start.Stamp, Later(2));

        RejectedWith<Rejection.NotCurrentStep>(result, onSentence);
    }

    [Fact]
    public void Back_FromFirstStep_IsRejectedAsAtFirstStep()
    {
        var start = StartQuickCheckIn();

        var result = DefaultEngine.Back(start, start.Stamp, Later(1));

        RejectedWith<Rejection.AtFirstStep>(result, start);
    }

    [Fact]
    public void Back_FromSecondStep_ReturnsToFirstWithItsAnswerPrefilled()
    {
        var onSentence = Answered(StartQuickCheckIn(), (Quick.Inputs.HowTheWorkSits, "4"));

        var result = DefaultEngine.Back(onSentence, onSentence.Stamp, Later(2));

        Assert.True(result.IsSuccess);
        Assert.Equal(Quick.Steps.Rating, result.Session.CurrentStep);
        Assert.Equal(onSentence.Version + 1, result.Session.Version);
        var view = DefaultEngine.CurrentStep(result.Session);
        Assert.NotNull(view);
        Assert.Equal("4", view.Values[Quick.Inputs.HowTheWorkSits]);
    }

    [Fact]
    public void Back_FromReview_GoesToLastStep()
    {
        var review = QuickCheckInInReview();

        var result = DefaultEngine.Back(review, review.Stamp, Later(10));

        Assert.True(result.IsSuccess);
        Assert.Equal(SessionStatus.InProgress, result.Session.Status);
        Assert.Equal(Quick.Steps.Sharing, result.Session.CurrentStep);
        Assert.Equal(review.Answers, result.Session.Answers);
    }

    [Fact]
    public void Back_WhileEditingFromReview_ReturnsToReviewUnchanged()
    {
        var review = QuickCheckInInReview();
        var editing = DefaultEngine.Edit(review, review.Stamp, Quick.Steps.Rating, Later(10)).Session;

        var result = DefaultEngine.Back(editing, editing.Stamp, Later(11));

        Assert.True(result.IsSuccess);
        Assert.Equal(SessionStatus.InReview, result.Session.Status);
        Assert.Equal(StepId.Review, result.Session.CurrentStep);
        Assert.False(result.Session.ReturnToReview);
        Assert.Equal(review.Answers, result.Session.Answers);
    }

    [Fact]
    public void Edit_FromReview_OpensThatStepThenAnsweringReturnsToReview()
    {
        var review = QuickCheckInInReview();

        var editing = DefaultEngine.Edit(review, review.Stamp, Quick.Steps.Rating, Later(10));

        Assert.True(editing.IsSuccess);
        Assert.Equal(Quick.Steps.Rating, editing.Session.CurrentStep);
        Assert.Equal(SessionStatus.InProgress, editing.Session.Status);
        var view = DefaultEngine.CurrentStep(editing.Session);
        Assert.NotNull(view);
        Assert.True(view.ReturnsToReview);
        Assert.True(view.CanGoBack);
        Assert.Equal("2", view.Values[Quick.Inputs.HowTheWorkSits]);

        var answered = DefaultEngine.Answer(editing.Session, editing.Session.Stamp, Raw((Quick.Inputs.HowTheWorkSits, "5")), Later(11));

        Assert.True(answered.IsSuccess);
        Assert.Equal(SessionStatus.InReview, answered.Session.Status);
        Assert.Equal(StepId.Review, answered.Session.CurrentStep);
        Assert.False(answered.Session.ReturnToReview);
        Assert.Equal(new AnswerValue.Choice("5"), answered.Session.Answers[Quick.Inputs.HowTheWorkSits]);
        Assert.Equal(review.Answers[Quick.Inputs.OneSentence], answered.Session.Answers[Quick.Inputs.OneSentence]);
    }

    [Fact]
    public void Edit_ThenSkip_ReturnsToReviewWithoutThatStepsAnswers()
    {
        var review = QuickCheckInInReview();
        var editing = DefaultEngine.Edit(review, review.Stamp, Quick.Steps.Sentence, Later(10)).Session;

        var result = DefaultEngine.Skip(editing, editing.Stamp, Later(11));

        Assert.True(result.IsSuccess);
        Assert.Equal(SessionStatus.InReview, result.Session.Status);
        Assert.False(result.Session.Answers.ContainsKey(Quick.Inputs.OneSentence));
    }

    [Fact]
    public void Edit_WhileInProgress_IsRejectedAsNotInReview()
    {
        var start = StartQuickCheckIn();

        var result = DefaultEngine.Edit(start, start.Stamp, Quick.Steps.Rating, Later(1));

        RejectedWith<Rejection.NotInReview>(result, start);
    }

    [Fact]
    public void Edit_UnknownStep_IsRejected()
    {
        var review = QuickCheckInInReview();

        var result = DefaultEngine.Edit(review, review.Stamp, Reflection.Steps.You, Later(10));

        var rejection = RejectedWith<Rejection.UnknownStep>(result, review);
        Assert.Equal(Reflection.Steps.You, rejection.Step);
    }

    [Fact]
    public void Edit_FromStaleReviewCard_IsRejected()
    {
        var review = QuickCheckInInReview();
        var oldReviewCard = review.Stamp;
        var reviewAgain = DefaultEngine.Back(review, review.Stamp, Later(10)).Session;
        reviewAgain = Answered(reviewAgain, (CommonInputs.Sharing, CommonInputs.ShareWithGroup.Value));

        var result = DefaultEngine.Edit(reviewAgain, oldReviewCard, Quick.Steps.Rating, Later(12));

        RejectedWith<Rejection.StaleVersion>(result, reviewAgain);
    }

    [Fact]
    public void Review_ListsEveryStepWithAnswersInWords()
    {
        var review = DefaultEngine.Review(QuickCheckInInReview());

        Assert.True(review.CanConfirm);
        Assert.Equal(StepId.Review, review.Stamp.Step);
        Assert.Equal(Quick.Definition.Steps.Select(step => step.Id), review.Steps.Select(step => step.Step));
        Assert.All(review.Steps, step => Assert.True(step.CanEdit));
        var rating = Assert.Single(review.Steps[0].Items);
        Assert.Equal(Quick.Definition.Steps[0].Inputs[0].Choices[1].Label, rating.DisplayText);
        var sharing = review.Steps[2].Items;
        Assert.Equal([CommonInputs.ShareWithSupervisor.Label, "No"], sharing.Select(item => item.DisplayText));
    }

    [Fact]
    public void Review_SkippedStep_IsShownAsSkipped()
    {
        var session = Answered(StartQuickCheckIn(), (Quick.Inputs.HowTheWorkSits, "4"));
        session = Skipped(session);
        session = Answered(session, (CommonInputs.Sharing, CommonInputs.KeepPrivate.Value));

        var review = DefaultEngine.Review(session);

        Assert.True(review.Steps[1].WasSkipped);
        Assert.False(review.Steps[0].WasSkipped);
    }

    [Fact]
    public void Review_MultiSelect_ShowsTheWordsOfEveryChoice()
    {
        var session = Answered(StartSessionReflection(), (Reflection.Inputs.CaseLabel, "Client A"), (Reflection.Inputs.Phase, Reflection.Phases.Ending.Value));
        session = Skipped(session);
        session = Answered(session, (Reflection.Inputs.CuesShown, $"{Reflection.Cues.Silence.Value},{Reflection.Cues.Tearfulness.Value}"));

        var review = DefaultEngine.Review(session);

        var cues = Assert.Single(review.Steps[2].Items);
        Assert.Equal($"{Reflection.Cues.Silence.Label}; {Reflection.Cues.Tearfulness.Label}", cues.DisplayText);
        Assert.Equal(Reflection.Phases.Ending.Label, review.Steps[0].Items.Single(item => item.Input == Reflection.Inputs.Phase).DisplayText);
    }

    [Fact]
    public void Review_NeverIncludesTheRedactionOnlyInput()
    {
        var session = Answered(
            StartSessionReflection(),
            (Reflection.Inputs.CaseLabel, "Client A"),
            (Reflection.Inputs.Phase, Reflection.Phases.Beginning.Value),
            (Reflection.Inputs.ClientFirstName, "Rowan"));

        var review = DefaultEngine.Review(session);

        Assert.Equal([Reflection.Inputs.CaseLabel, Reflection.Inputs.Phase], review.Steps[0].Items.Select(item => item.Input));
        Assert.DoesNotContain(review.Steps.SelectMany(step => step.Items), item => item.DisplayText.Contains("Rowan", StringComparison.Ordinal));
    }

    [Fact]
    public void CurrentStep_BackOnStepWithRedactionOnlyInput_NeverPrefillsIt()
    {
        var session = Answered(
            StartSessionReflection(),
            (Reflection.Inputs.CaseLabel, "Client A"),
            (Reflection.Inputs.Phase, Reflection.Phases.Beginning.Value),
            (Reflection.Inputs.ClientFirstName, "Rowan"));
        var back = DefaultEngine.Back(session, session.Stamp, Later(5)).Session;

        var view = DefaultEngine.CurrentStep(back);

        Assert.NotNull(view);
        Assert.Equal("Client A", view.Values[Reflection.Inputs.CaseLabel]);
        Assert.False(view.Values.ContainsKey(Reflection.Inputs.ClientFirstName));
    }

    [Fact]
    public void Review_OfClosedSession_CannotEditOrConfirm()
    {
        var review = QuickCheckInInReview();
        var cancelled = DefaultEngine.Cancel(review, review.Stamp, Later(10)).Session;

        var model = DefaultEngine.Review(cancelled);

        Assert.False(model.CanConfirm);
        Assert.All(model.Steps, step => Assert.False(step.CanEdit));
    }
}
