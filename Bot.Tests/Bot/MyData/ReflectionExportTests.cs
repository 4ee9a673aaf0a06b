using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.MyData;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Examples;
using SupervisionBot.Dialogs.Flows;
using static SupervisionBot.Bot.Tests.Infrastructure.ArchiveDocuments;
using static SupervisionBot.Bot.Tests.Infrastructure.DialogsFixture;

namespace SupervisionBot.Bot.Tests.Bot.MyData;

/// <summary>The export of a full reflection carries the new prompts, closing the loop and risk included.</summary>
public class ReflectionExportTests
{
    [Fact]
    public void Render_FullReflection_ShowsWhatChangedAfterSupervision_TheRiskAnswer_AndTheDeeperArea()
    {
        var example = WorkedExamples.EndingOnline;
        var session = AnsweredThroughout(DefaultEngine.Start(example.Flow, SessionId, T0), example.Answers);
        var confirmed = DefaultEngine.Confirm(session, session.Stamp, Later(30)).Session;
        var document = ReflectionDocument.From(confirmed, SessionReflectionFlow.Definition, Alice, null, Later(30));

        var markdown = ReflectionExport.Render([document], FlowCatalog.Standard, Later(60));

        var flow = SessionReflectionFlow.Definition;
        var since = (AnswerValue.Text)example.Answers[SessionReflectionFlow.Inputs.SinceLastSupervision];
        Assert.Contains($"**{flow.FindInput(SessionReflectionFlow.Inputs.SinceLastSupervision)!.Label}**  \n{since.Value}", markdown, StringComparison.Ordinal);
        Assert.Contains($"**{flow.FindInput(SessionReflectionFlow.Inputs.Risk)!.Label}**  \n{SessionReflectionFlow.Risks.None.Label}", markdown, StringComparison.Ordinal);
        Assert.Contains("### Going deeper", markdown, StringComparison.Ordinal);
        Assert.Contains("- Sharing: Marked to share with my supervision group (through the digest", markdown, StringComparison.Ordinal);
    }
}
