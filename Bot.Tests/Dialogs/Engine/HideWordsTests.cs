using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Tests.Dialogs.Engine;

public class HideWordsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly ReflectionEngine _engine = new(FlowCatalog.Standard);

    [Fact]
    public void HideWords_InReview_ReplacesWholeWordsInAnyCase_AndMovesTheVersionOn()
    {
        var review = QuickCheckInInReview("The Riverside team and I found our rhythm; riverside helped.");

        var result = _engine.Apply(review, new SessionAction(SessionVerb.HideWords, review.Stamp), Submission("Riverside, rhythm"), Now);

        Assert.True(result.IsSuccess);
        Assert.Equal(new AnswerValue.Text("The [HIDDEN] team and I found our [HIDDEN]; [HIDDEN] helped."), result.Session.Answers[QuickCheckInFlow.Inputs.OneSentence]);
        Assert.Equal(SessionStatus.InReview, result.Session.Status);
        Assert.Equal(review.Version + 1, result.Session.Version);
    }

    [Fact]
    public void HideWords_DoesNotTouchPartsOfOtherWords()
    {
        var review = QuickCheckInInReview("Ann was not annoyed.");

        var result = _engine.Apply(review, new SessionAction(SessionVerb.HideWords, review.Stamp), Submission("ann"), Now);

        Assert.Equal(new AnswerValue.Text("[HIDDEN] was not annoyed."), result.Session.Answers[QuickCheckInFlow.Inputs.OneSentence]);
    }

    [Fact]
    public void HideWords_WithNothingTyped_AsksForWords_AndChangesNothing()
    {
        var review = QuickCheckInInReview("Fine.");

        var result = _engine.Apply(review, new SessionAction(SessionVerb.HideWords, review.Stamp), Submission("  , "), Now);

        var failed = Assert.IsType<Rejection.ValidationFailed>(result.Rejection);
        Assert.Equal(ReviewInputs.HideWords, Assert.Single(failed.Errors).Input);
        Assert.Same(review, result.Session);
    }

    [Fact]
    public void HideWords_FromAStaleReview_ChangesNothing()
    {
        var review = QuickCheckInInReview("Ann again.");
        var hidden = _engine.Apply(review, new SessionAction(SessionVerb.HideWords, review.Stamp), Submission("Ann"), Now).Session;

        var again = _engine.Apply(hidden, new SessionAction(SessionVerb.HideWords, review.Stamp), Submission("again"), Now);

        Assert.IsType<Rejection.StaleVersion>(again.Rejection);
    }

    [Fact]
    public void HideWords_BeforeTheReview_IsRejected()
    {
        var session = _engine.Start(QuickCheckInFlow.Id, Guid.NewGuid(), Now);

        var result = _engine.Apply(session, new SessionAction(SessionVerb.HideWords, session.Stamp), Submission("x"), Now);

        Assert.IsType<Rejection.NotInReview>(result.Rejection);
    }

    private static Dictionary<string, string> Submission(string words) => new() { [ReviewInputs.HideWords.Value] = words };

    private ReflectionSession QuickCheckInInReview(string sentence)
    {
        var flow = QuickCheckInFlow.Definition;
        var session = _engine.Start(QuickCheckInFlow.Id, Guid.NewGuid(), Now);
        session = _engine.Answer(session, session.Stamp, new Dictionary<string, string> { [QuickCheckInFlow.Inputs.HowTheWorkSits.Value] = flow.Steps[0].Inputs[0].Choices[0].Value }, Now).Session;
        session = _engine.Answer(session, session.Stamp, new Dictionary<string, string> { [QuickCheckInFlow.Inputs.OneSentence.Value] = sentence }, Now).Session;
        session = _engine.Answer(session, session.Stamp, new Dictionary<string, string> { [CommonInputs.Sharing.Value] = CommonInputs.KeepPrivate.Value }, Now).Session;
        Assert.Equal(SessionStatus.InReview, session.Status);
        return session;
    }
}
