using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;
using static SupervisionBot.Bot.Tests.Infrastructure.DialogsFixture;
using Quick = SupervisionBot.Dialogs.Flows.QuickCheckInFlow;

namespace SupervisionBot.Bot.Tests.Dialogs.Engine;

/// <summary>Confirm, cancel, save for later, resume and expiry.</summary>
public class ReflectionEngineClosingTests
{
    [Fact]
    public void Confirm_FromReview_ConfirmsAndKeepsAnswers()
    {
        var review = QuickCheckInInReview();

        var result = DefaultEngine.Confirm(review, review.Stamp, Later(10));

        Assert.True(result.IsSuccess);
        Assert.Equal(SessionStatus.Confirmed, result.Session.Status);
        Assert.Equal(review.Version + 1, result.Session.Version);
        Assert.Equal(review.Answers, result.Session.Answers);
    }

    [Fact]
    public void Confirm_Twice_SecondIsRejectedAsSessionClosed()
    {
        var review = QuickCheckInInReview();
        var confirmed = DefaultEngine.Confirm(review, review.Stamp, Later(10)).Session;

        var second = DefaultEngine.Confirm(confirmed, review.Stamp, Later(11));

        var rejection = RejectedWith<Rejection.SessionClosed>(second, confirmed);
        Assert.Equal(SessionStatus.Confirmed, rejection.Status);
    }

    [Fact]
    public void Confirm_WhileInProgress_IsRejectedAsNotInReview()
    {
        var start = StartQuickCheckIn();

        var result = DefaultEngine.Confirm(start, start.Stamp, Later(1));

        RejectedWith<Rejection.NotInReview>(result, start);
    }

    [Fact]
    public void Confirm_FromStaleReviewCard_IsRejected()
    {
        var review = QuickCheckInInReview();
        var editing = DefaultEngine.Edit(review, review.Stamp, Quick.Steps.Rating, Later(10)).Session;
        var reviewAgain = Answered(editing, (Quick.Inputs.HowTheWorkSits, "1"));

        var result = DefaultEngine.Confirm(reviewAgain, review.Stamp, Later(12));

        RejectedWith<Rejection.StaleVersion>(result, reviewAgain);
    }

    [Fact]
    public void Cancel_InProgress_Cancels()
    {
        var start = StartQuickCheckIn();

        var result = DefaultEngine.Cancel(start, start.Stamp, Later(1));

        Assert.True(result.IsSuccess);
        Assert.Equal(SessionStatus.Cancelled, result.Session.Status);
    }

    [Fact]
    public void Cancel_FromReview_Cancels()
    {
        var review = QuickCheckInInReview();

        var result = DefaultEngine.Cancel(review, review.Stamp, Later(10));

        Assert.Equal(SessionStatus.Cancelled, result.Session.Status);
    }

    [Fact]
    public void Cancel_FromOldCard_IsRejectedAndChangesNothing()
    {
        var start = StartQuickCheckIn();
        var onSentence = Answered(start, (Quick.Inputs.HowTheWorkSits, "4"));

        var result = DefaultEngine.Cancel(onSentence, start.Stamp, Later(2));

        RejectedWith<Rejection.NotCurrentStep>(result, onSentence);
    }

    [Fact]
    public void SaveForLater_KeepsWhatIsOnTheCardWithoutRequiringAnything()
    {
        var onSharing = Answered(Answered(StartQuickCheckIn(), (Quick.Inputs.HowTheWorkSits, "4")));

        var result = DefaultEngine.SaveForLater(onSharing, onSharing.Stamp, Raw((CommonInputs.RequestSupervisorContact, RawAnswers.ToggleOn)), Later(3));

        Assert.True(result.IsSuccess);
        Assert.Equal(Later(3), result.Session.SavedForLaterAt);
        Assert.Equal(Quick.Steps.Sharing, result.Session.CurrentStep);
        Assert.Equal(new AnswerValue.Toggle(true), result.Session.Answers[CommonInputs.RequestSupervisorContact]);
    }

    [Fact]
    public void SaveForLater_TextTooLong_IsRejectedSoNothingIsLostSilently()
    {
        var onSentence = Answered(StartQuickCheckIn(), (Quick.Inputs.HowTheWorkSits, "4"));

        var result = DefaultEngine.SaveForLater(onSentence, onSentence.Stamp, Raw((Quick.Inputs.OneSentence, new string('x', 300))), Later(2));

        RejectedWith<Rejection.ValidationFailed>(result, onSentence);
    }

    [Fact]
    public void SaveForLater_ThenResume_ContinuesOnSameStepAndOldCardsGoStale()
    {
        var onSentence = Answered(StartQuickCheckIn(), (Quick.Inputs.HowTheWorkSits, "4"));
        var saved = DefaultEngine.SaveForLater(onSentence, onSentence.Stamp, Raw((Quick.Inputs.OneSentence, "Half a tho")), Later(2)).Session;

        var resumed = DefaultEngine.Resume(saved, Later(60 * 24));

        Assert.True(resumed.IsSuccess);
        Assert.Null(resumed.Session.SavedForLaterAt);
        Assert.Equal(Quick.Steps.Sentence, resumed.Session.CurrentStep);
        Assert.True(resumed.Session.Version > saved.Version);
        Assert.Equal("Half a tho", DefaultEngine.CurrentStep(resumed.Session)!.Values[Quick.Inputs.OneSentence]);
        var oldCard = DefaultEngine.Answer(resumed.Session, onSentence.Stamp, Raw((Quick.Inputs.OneSentence, "From before.")), Later((60 * 24) + 1));
        RejectedWith<Rejection.StaleVersion>(oldCard, resumed.Session);
    }

    [Fact]
    public void SaveForLater_InReview_StaysInReview()
    {
        var review = QuickCheckInInReview();

        var result = DefaultEngine.SaveForLater(review, review.Stamp, NoValues(), Later(10));

        Assert.True(result.IsSuccess);
        Assert.Equal(SessionStatus.InReview, result.Session.Status);
        Assert.Equal(review.Answers, result.Session.Answers);
    }

    [Fact]
    public void Resume_CancelledSession_IsRejectedAsSessionClosed()
    {
        var start = StartQuickCheckIn();
        var cancelled = DefaultEngine.Cancel(start, start.Stamp, Later(1)).Session;

        var result = DefaultEngine.Resume(cancelled, Later(2));

        var rejection = RejectedWith<Rejection.SessionClosed>(result, cancelled);
        Assert.Equal(SessionStatus.Cancelled, rejection.Status);
    }

    [Fact]
    public void ExpireIfDue_OpenSessionAtMaxAge_ExpiresAndBumpsVersion()
    {
        var start = StartQuickCheckIn();

        var expired = DefaultEngine.ExpireIfDue(start, T0.AddDays(14));

        Assert.Equal(SessionStatus.Expired, expired.Status);
        Assert.Equal(start.Version + 1, expired.Version);
        Assert.Equal(T0.AddDays(14), expired.UpdatedAt);
    }

    [Fact]
    public void ExpireIfDue_YoungerThanMaxAge_ReturnsSameSession()
    {
        var start = StartQuickCheckIn();

        Assert.Same(start, DefaultEngine.ExpireIfDue(start, T0.AddDays(14).AddTicks(-1)));
    }

    [Fact]
    public void ExpireIfDue_ConfiguredMaxAge_IsUsed()
    {
        var engine = new ReflectionEngine(FlowCatalog.Standard, new ReflectionEngineOptions { MaxAge = TimeSpan.FromDays(2) });
        var start = engine.Start(QuickCheckInFlow.Id, SessionId, T0);

        Assert.Equal(SessionStatus.Expired, engine.ExpireIfDue(start, T0.AddDays(2)).Status);
    }

    [Fact]
    public void ExpireIfDue_ConfirmedSession_StaysConfirmed()
    {
        var review = QuickCheckInInReview();
        var confirmed = DefaultEngine.Confirm(review, review.Stamp, Later(10)).Session;

        Assert.Same(confirmed, DefaultEngine.ExpireIfDue(confirmed, T0.AddDays(365)));
    }

    [Fact]
    public void Answer_AfterExpiry_IsRejectedAsSessionClosed()
    {
        var start = StartQuickCheckIn();
        var expired = DefaultEngine.ExpireIfDue(start, T0.AddDays(15));

        var result = DefaultEngine.Answer(expired, start.Stamp, Raw((Quick.Inputs.HowTheWorkSits, "4")), T0.AddDays(15));

        var rejection = RejectedWith<Rejection.SessionClosed>(result, expired);
        Assert.Equal(SessionStatus.Expired, rejection.Status);
    }

    [Fact]
    public void Resume_ExpiredSession_IsRejectedAsSessionClosed()
    {
        var expired = DefaultEngine.ExpireIfDue(StartQuickCheckIn(), T0.AddDays(15));

        RejectedWith<Rejection.SessionClosed>(DefaultEngine.Resume(expired, T0.AddDays(15)), expired);
    }

    [Fact]
    public void Outcome_OfConfirmedSession_ReadsSharingAndContactRequest()
    {
        var onSharing = Answered(Answered(StartQuickCheckIn(), (Quick.Inputs.HowTheWorkSits, "1")));
        var review = Answered(
            onSharing,
            (CommonInputs.Sharing, CommonInputs.KeepPrivate.Value),
            (CommonInputs.RequestSupervisorContact, RawAnswers.ToggleOn));
        var confirmed = DefaultEngine.Confirm(review, review.Stamp, Later(10)).Session;

        var outcome = ReflectionOutcome.Of(confirmed);

        Assert.Equal(new ReflectionOutcome(SharingPreference.KeepPrivate, RequestsSupervisorContact: true), outcome);
    }

    [Fact]
    public void Outcome_OfSessionNotYetConfirmed_IsNull()
    {
        Assert.Null(ReflectionOutcome.Of(QuickCheckInInReview()));
    }
}
