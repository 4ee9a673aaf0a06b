using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;
using static SupervisionBot.Bot.Tests.Dialogs.DialogsFixture;
using Quick = SupervisionBot.Dialogs.Flows.QuickCheckInFlow;

namespace SupervisionBot.Bot.Tests.Dialogs.Engine;

/// <summary>A card action's journey: data on the card, a submission merged with input values, back to an engine call.</summary>
public class SessionActionTests
{
    [Fact]
    public void TryParse_CardDataMergedWithInputs_ReadsTheActionBack()
    {
        var action = new SessionAction(SessionVerb.Edit, new SessionStamp(SessionId, StepId.Review, 7), Quick.Steps.Sentence);
        var submission = new Dictionary<string, string>(action.ToCardData()) { [Quick.Inputs.OneSentence.Value] = "Typed on the card." };

        Assert.True(SessionAction.TryParse(submission, out var parsed));
        Assert.Equal(action, parsed);
    }

    [Theory]
    [InlineData(SessionAction.Keys.Verb, "Explode")]
    [InlineData(SessionAction.Keys.Verb, "99")]
    [InlineData(SessionAction.Keys.SessionId, "not-a-guid")]
    [InlineData(SessionAction.Keys.Version, "-1")]
    [InlineData(SessionAction.Keys.Version, "seven")]
    [InlineData(SessionAction.Keys.Step, "")]
    public void TryParse_MangledData_IsFalse(string key, string value)
    {
        var submission = new Dictionary<string, string>(new SessionAction(SessionVerb.Answer, new SessionStamp(SessionId, Quick.Steps.Rating, 1)).ToCardData())
        {
            [key] = value,
        };

        Assert.False(SessionAction.TryParse(submission, out _));
    }

    [Fact]
    public void TryParse_EditWithoutStep_IsFalse()
    {
        var submission = new Dictionary<string, string>(new SessionAction(SessionVerb.Edit, new SessionStamp(SessionId, StepId.Review, 4)).ToCardData());

        Assert.False(SessionAction.TryParse(submission, out _));
    }

    [Fact]
    public void TryParse_SubmissionWithoutActionData_IsFalse()
    {
        Assert.False(SessionAction.TryParse(Raw((Quick.Inputs.OneSentence, "Just text.")), out _));
    }

    [Fact]
    public void Apply_AnswerFromCardSubmission_AnswersTheStep()
    {
        var start = StartQuickCheckIn();
        var submission = new Dictionary<string, string>(new SessionAction(SessionVerb.Answer, start.Stamp).ToCardData())
        {
            [Quick.Inputs.HowTheWorkSits.Value] = "3",
        };
        Assert.True(SessionAction.TryParse(submission, out var action));

        var result = DefaultEngine.Apply(start, action, submission, Later(1));

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
    public void FlowInputIds_NeverCollideWithActionKeys()
    {
        var keys = new[] { SessionAction.Keys.Verb, SessionAction.Keys.SessionId, SessionAction.Keys.Step, SessionAction.Keys.Version, SessionAction.Keys.EditStep };

        Assert.DoesNotContain(FlowCatalog.Standard.All.SelectMany(flow => flow.AllInputs), input => keys.Contains(input.Id.Value));
        Assert.All(keys, key => Assert.StartsWith("_", key, StringComparison.Ordinal));
    }
}
