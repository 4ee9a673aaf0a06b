using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Tests.Dialogs.Engine;

public class RewriteTextTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly ReflectionEngine _engine = new(FlowCatalog.Standard);

    [Fact]
    public void RewriteText_ChangesOnlyWrittenAnswers_AndMovesTheVersionOn()
    {
        var session = AnsweredQuickCheckIn();

        var rewritten = ReflectionEngine.RewriteText(session, (_, text) => text.Replace("Ottoline", "[CLIENT]", StringComparison.Ordinal), Now);

        Assert.Equal(new AnswerValue.Text("[CLIENT] and I found our rhythm."), rewritten.Answers[QuickCheckInFlow.Inputs.OneSentence]);
        Assert.Equal(session.Answers[QuickCheckInFlow.Inputs.HowTheWorkSits], rewritten.Answers[QuickCheckInFlow.Inputs.HowTheWorkSits]);
        Assert.Equal(session.Version + 1, rewritten.Version);
    }

    [Fact]
    public void RewriteText_ThatChangesNothing_KeepsTheSameVersion()
    {
        var session = AnsweredQuickCheckIn();

        var same = ReflectionEngine.RewriteText(session, (_, text) => text, Now);

        Assert.Same(session, same);
    }

    private ReflectionSession AnsweredQuickCheckIn()
    {
        var session = _engine.Start(QuickCheckInFlow.Id, Guid.NewGuid(), Now);
        var rating = QuickCheckInFlow.Definition.Steps[0].Inputs[0].Choices[0].Value;
        session = _engine.Answer(session, session.Stamp, new Dictionary<string, string> { [QuickCheckInFlow.Inputs.HowTheWorkSits.Value] = rating }, Now).Session;
        return _engine.Answer(session, session.Stamp, new Dictionary<string, string> { [QuickCheckInFlow.Inputs.OneSentence.Value] = "Ottoline and I found our rhythm." }, Now).Session;
    }
}
