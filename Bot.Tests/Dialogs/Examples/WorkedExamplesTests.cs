using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Examples;
using SupervisionBot.Dialogs.Flows;
using static SupervisionBot.Bot.Tests.Infrastructure.DialogsFixture;

namespace SupervisionBot.Bot.Tests.Dialogs.Examples;

public class WorkedExamplesTests
{
    public static TheoryData<int> Indexes => [.. Enumerable.Range(0, WorkedExamples.All.Length)];

    [Fact]
    public void All_AreThreeDistinctExamples()
    {
        Assert.Equal(3, WorkedExamples.All.Length);
        Assert.Equal(3, WorkedExamples.All.Select(example => example.Title).Distinct().Count());
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
    public void Example_AnswersEveryStepOfTheFullReflection(int index)
    {
        var example = WorkedExamples.All[index];
        var flow = FlowCatalog.Standard.Get(example.Flow);

        Assert.Equal(SessionReflectionFlow.Id, example.Flow);
        Assert.All(flow.Steps, step => Assert.Contains(step.Inputs, input => example.Answers.ContainsKey(input.Id)));
        Assert.All(flow.AllInputs.Where(input => input.IsRequired), input => Assert.True(example.Answers.ContainsKey(input.Id), $"{input.Id} is unanswered."));
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
        var flow = FlowCatalog.Standard.Get(example.Flow);
        var session = DefaultEngine.Start(example.Flow, SessionId, T0);

        foreach (var step in flow.Steps)
        {
            var raw = step.Inputs
                .Where(input => example.Answers.ContainsKey(input.Id))
                .Select(input => (input.Id, RawAnswers.Format(example.Answers[input.Id])))
                .ToArray();
            session = Answered(session, raw);
        }

        var confirmed = DefaultEngine.Confirm(session, session.Stamp, Later(30));

        Assert.True(confirmed.IsSuccess);
        Assert.Equal(example.Answers, confirmed.Session.Answers);
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
    public void HoldingFirst_ShowsTheSafeguardingOfferTakenUp()
    {
        Assert.Equal(new AnswerValue.Toggle(true), WorkedExamples.HoldingFirst.Answers[CommonInputs.RequestSupervisorContact]);
    }
}
