using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Examples;
using SupervisionBot.Dialogs.Flows;
using static SupervisionBot.Bot.Tests.Infrastructure.DialogsFixture;

namespace SupervisionBot.Bot.Tests.Dialogs.Examples;

public class WorkedExamplesTests
{
    public static TheoryData<int> Indexes => [.. Enumerable.Range(0, WorkedExamples.All.Length)];

    [Fact]
    public void All_AreFourDistinctExamples_LabelledWithNeutralLettersNotInitials()
    {
        Assert.Equal(4, WorkedExamples.All.Length);
        Assert.Equal(4, WorkedExamples.All.Select(example => example.Title).Distinct().Count());
        // The same neutral letters the flow suggests to therapists ("Client A", "Client B", ...), in order.
        Assert.Equal(
            ["Example client A", "Example client B", "Example client C", "Example client D"],
            WorkedExamples.All.Select(example => ((AnswerValue.Text)example.Answers[SessionReflectionFlow.Inputs.CaseLabel]).Value));
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Example_PassesItsFlowsValidation(int index)
    {
        var example = WorkedExamples.All[index];

        Assert.Empty(AnswerValidation.Validate(FlowCatalog.Standard.Get(example.Flow), example.Answers));
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Example_AnswersEveryStepItsAnswersCallFor_AndTheRiskQuestion(int index)
    {
        var example = WorkedExamples.All[index];
        var flow = FlowCatalog.Standard.Get(example.Flow);

        Assert.Equal(SessionReflectionFlow.Id, example.Flow);
        var shown = flow.Steps.Where(step => step.Inputs.Any(input => input.IsShown(example.Answers))).ToList();
        Assert.All(shown, step => Assert.Contains(step.Inputs, input => example.Answers.ContainsKey(input.Id)));
        Assert.All(flow.AllInputs.Where(input => input.IsRequired), input => Assert.True(example.Answers.ContainsKey(input.Id), $"{input.Id} is unanswered."));
        Assert.True(example.Answers.ContainsKey(SessionReflectionFlow.Inputs.Risk), "Every example asks about risk.");
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Example_IsClearlyMarkedAsAnExample(int index)
    {
        var example = WorkedExamples.All[index];

        Assert.StartsWith("Example", example.Title, StringComparison.Ordinal);
        var label = Assert.IsType<AnswerValue.Text>(example.Answers[SessionReflectionFlow.Inputs.CaseLabel]);
        Assert.StartsWith("Example", label.Value, StringComparison.Ordinal);
        Assert.Contains("fictional", WorkedExample.Notice, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Example_CanBeEnteredThroughTheEngineAndConfirmed(int index)
    {
        var example = WorkedExamples.All[index];

        var session = AnsweredThroughout(DefaultEngine.Start(example.Flow, SessionId, T0), example.Answers);
        var confirmed = DefaultEngine.Confirm(session, session.Stamp, Later(30));

        Assert.True(confirmed.IsSuccess);
        Assert.Equal(example.Answers.OrderBy(pair => pair.Key.Value), confirmed.Session.Answers.OrderBy(pair => pair.Key.Value));
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Review_OfExample_ReadsBackEveryStepButOffersNoActions(int index)
    {
        var example = WorkedExamples.All[index];

        var review = DefaultEngine.Review(example.Flow, example.Answers);

        Assert.False(review.CanConfirm);
        Assert.All(review.Steps, step => Assert.False(step.CanEdit));
        Assert.All(review.Steps, step => Assert.False(step.WasSkipped));
        Assert.Equal(example.Answers.Count, review.Steps.Sum(step => step.Items.Length));
    }

    [Fact]
    public void HoldingFirst_AsksAboutRisk_AndTakesUpTheContactOfferItBringsUp()
    {
        var answers = WorkedExamples.HoldingFirst.Answers;

        Assert.Equal(new AnswerValue.Choices([SessionReflectionFlow.Risks.NotSure.Value]), answers[SessionReflectionFlow.Inputs.Risk]);
        Assert.Equal(new AnswerValue.Toggle(true), answers[CommonInputs.RequestSupervisorContact]);
    }

    [Fact]
    public void HoldingFirst_RuptureAgreesWithGoingAlongWithEverything()
    {
        // Going along with everything is deference: a withdrawal, not "no rupture".
        var answers = WorkedExamples.HoldingFirst.Answers;

        Assert.Contains(SessionReflectionFlow.Cues.OverCompliance.Value, ((AnswerValue.Choices)answers[SessionReflectionFlow.Inputs.CuesShown]).Values);
        var rupture = ((AnswerValue.Choices)answers[SessionReflectionFlow.Inputs.Rupture]).Values;
        Assert.DoesNotContain(SessionReflectionFlow.Ruptures.None.Value, rupture);
        Assert.Contains(SessionReflectionFlow.Ruptures.Withdrawal.Value, rupture);
    }

    [Fact]
    public void HoldingFirst_HoldingIsMoreThanKeepingTime()
    {
        var held = ((AnswerValue.Text)WorkedExamples.HoldingFirst.Answers[SessionReflectionFlow.Inputs.HeldHelpedOrHindered]).Value;

        Assert.Contains("more than keeping time", held, StringComparison.Ordinal);
    }

    [Fact]
    public void AllianceFromTheStart_HoldsThroughChallenge()
    {
        Assert.Equal(new AnswerValue.Choice(SessionReflectionFlow.Challenges.Held.Value), WorkedExamples.AllianceFromTheStart.Answers[SessionReflectionFlow.Inputs.Challenge]);
    }

    [Fact]
    public void WarinessGentlyNamed_SaysHeDidNotRespond_NotThatNamingMadeHimMoreGuarded()
    {
        var named = ((AnswerValue.Text)WorkedExamples.WarinessGentlyNamed.Answers[SessionReflectionFlow.Inputs.WhenNamed]).Value;

        Assert.Contains("didn't respond", named, StringComparison.Ordinal);
        Assert.DoesNotContain("guarded", named, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void EndingOnline_IsAnEndingOnVideoWithAConfrontationRupture_LabelledAsMadeUp()
    {
        var example = WorkedExamples.EndingOnline;

        Assert.Equal(new AnswerValue.Choice(SessionReflectionFlow.Phases.Ending.Value), example.Answers[SessionReflectionFlow.Inputs.Phase]);
        Assert.Equal(new AnswerValue.Choice(SessionReflectionFlow.Settings.Video.Value), example.Answers[SessionReflectionFlow.Inputs.Setting]);
        Assert.Contains(SessionReflectionFlow.Ruptures.Confrontation.Value, ((AnswerValue.Choices)example.Answers[SessionReflectionFlow.Inputs.Rupture]).Values);
        Assert.Contains("fictional", example.Summary, StringComparison.Ordinal);
        Assert.Contains("not taken from the article", example.Summary, StringComparison.Ordinal);
    }
}
