using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;
using static SupervisionBot.Bot.Tests.Infrastructure.DialogsFixture;

namespace SupervisionBot.Bot.Tests.Dialogs.Engine;

public class ReflectionEngineStartTests
{
    [Fact]
    public void Start_NewSession_IsInProgressOnFirstStepAtVersionOne()
    {
        var session = DefaultEngine.Start(SessionReflectionFlow.Id, SessionId, T0);

        Assert.Equal(SessionId, session.Id);
        Assert.Equal(SessionReflectionFlow.Id, session.FlowId);
        Assert.Equal(SessionReflectionFlow.Steps.TheCase, session.CurrentStep);
        Assert.Equal(SessionStatus.InProgress, session.Status);
        Assert.Equal(1, session.Version);
        Assert.Empty(session.Answers);
        Assert.Equal(T0, session.CreatedAt);
        Assert.Equal(T0, session.UpdatedAt);
        Assert.Null(session.SavedForLaterAt);
    }

    [Fact]
    public void Start_WithSuggestedCaseLabel_PrefillsFirstCard()
    {
        var session = DefaultEngine.Start(SessionReflectionFlow.Id, SessionId, T0, SessionReflectionFlow.SuggestedAnswers(["Client A"]));

        var view = DefaultEngine.CurrentStep(session);

        Assert.NotNull(view);
        Assert.Equal("Client B", view.Values[SessionReflectionFlow.Inputs.CaseLabel]);
    }

    [Fact]
    public void Start_WithSuggestionForRedactionOnlyInput_Throws()
    {
        var suggestion = new Dictionary<InputId, AnswerValue> { [SessionReflectionFlow.Inputs.ClientFirstName] = new AnswerValue.Text("Sam") };

        Assert.Throws<ArgumentException>(() => DefaultEngine.Start(SessionReflectionFlow.Id, SessionId, T0, suggestion));
    }

    [Fact]
    public void Start_WithSuggestionTheInputWouldRefuse_Throws()
    {
        var suggestion = new Dictionary<InputId, AnswerValue> { [SessionReflectionFlow.Inputs.CaseLabel] = new AnswerValue.Text(new string('A', 41)) };

        Assert.Throws<ArgumentException>(() => DefaultEngine.Start(SessionReflectionFlow.Id, SessionId, T0, suggestion));
    }

    [Fact]
    public void Start_UnknownFlow_Throws()
    {
        Assert.Throws<ArgumentException>(() => DefaultEngine.Start(new FlowId("noSuchFlow"), SessionId, T0));
    }

    [Fact]
    public void Constructor_NonPositiveMaxAge_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReflectionEngine(FlowCatalog.Standard, new ReflectionEngineOptions { MaxAge = TimeSpan.Zero }));
    }

    [Fact]
    public void CurrentStep_FirstStep_OffersNoBackAndSkipOnlyWhereAllowed()
    {
        var view = DefaultEngine.CurrentStep(StartQuickCheckIn());

        Assert.NotNull(view);
        Assert.Equal(QuickCheckInFlow.Steps.Rating, view.Step.Id);
        Assert.Equal(1, view.Number);
        Assert.Equal(3, view.Count);
        Assert.False(view.CanGoBack);
        Assert.False(view.CanSkip);
        Assert.False(view.ReturnsToReview);
        Assert.Equal(new SessionStamp(SessionId, QuickCheckInFlow.Steps.Rating, 1), view.Stamp);
    }

    [Fact]
    public void CurrentStep_InReview_IsNull()
    {
        Assert.Null(DefaultEngine.CurrentStep(QuickCheckInInReview()));
    }
}
