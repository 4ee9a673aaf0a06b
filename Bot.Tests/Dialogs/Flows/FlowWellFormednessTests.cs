using System.Collections.Immutable;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Tests.Dialogs.Flows;

public class FlowWellFormednessTests
{
    public static TheoryData<string> StandardFlows => [.. FlowCatalog.Standard.All.Select(flow => flow.Id.Value)];

    [Theory]
    [MemberData(nameof(StandardFlows))]
    public void Problems_StandardFlow_None(string flowId)
    {
        Assert.Empty(FlowWellFormedness.Problems(FlowCatalog.Standard.Get(new FlowId(flowId))));
    }

    [Theory]
    [MemberData(nameof(StandardFlows))]
    public void StandardFlow_EveryChoiceInput_HasChoicesWithWords(string flowId)
    {
        var choiceInputs = FlowCatalog.Standard.Get(new FlowId(flowId)).AllInputs.Where(input => input.HasChoices).ToList();

        Assert.NotEmpty(choiceInputs);
        Assert.All(choiceInputs, input =>
        {
            Assert.True(input.Choices.Length >= 2, $"{input.Id} has fewer than two choices.");
            Assert.All(input.Choices, choice => Assert.False(string.IsNullOrWhiteSpace(choice.Label)));
        });
    }

    [Theory]
    [MemberData(nameof(StandardFlows))]
    public void StandardFlow_IdsAreUnique(string flowId)
    {
        var flow = FlowCatalog.Standard.Get(new FlowId(flowId));

        Assert.Equal(flow.Steps.Length, flow.Steps.Select(step => step.Id).Distinct().Count());
        Assert.Equal(flow.AllInputs.Count(), flow.AllInputs.Select(input => input.Id).Distinct().Count());
    }

    [Fact]
    public void Problems_DuplicateStepIds_Reported()
    {
        var step = Step("one", Text("a"));
        var flow = Flow(step, step with { Inputs = [Text("b")] });

        Assert.Contains(FlowWellFormedness.Problems(flow), problem => problem.Contains("Step id 'one'", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_DuplicateInputIdsAcrossSteps_Reported()
    {
        var flow = Flow(Step("one", Text("a")), Step("two", Text("a")));

        Assert.Contains(FlowWellFormedness.Problems(flow), problem => problem.Contains("Input id 'a'", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_ChoiceInputWithoutChoices_Reported()
    {
        var flow = Flow(Step("one", InputDefinition.SingleChoice(new InputId("pick"), "Pick", [], required: true)));

        Assert.Contains(FlowWellFormedness.Problems(flow), problem => problem.Contains("at least two choices", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_ChoiceValueWithSeparator_Reported()
    {
        var choices = ImmutableArray.Create(new Choice("a,b", "A and B"), new Choice("c", "C"));
        var flow = Flow(Step("one", InputDefinition.MultiSelect(new InputId("pick"), "Pick", choices, required: true)));

        Assert.Contains(FlowWellFormedness.Problems(flow), problem => problem.Contains("unusable value", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_StepUsingReviewId_Reported()
    {
        var flow = Flow(new StepDefinition(StepId.Review, "Title", "Prompt", "Hint", [Text("a")]));

        Assert.Contains(FlowWellFormedness.Problems(flow), problem => problem.Contains("reserved", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_UnskippableStepWithoutRequiredInput_Reported()
    {
        var flow = Flow(Step("one", InputDefinition.LongText(new InputId("a"), "A", maxLength: 10)));

        Assert.Contains(FlowWellFormedness.Problems(flow), problem => problem.Contains("cannot be skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_TextWithoutMaxLength_Reported()
    {
        var flow = Flow(Step("one", InputDefinition.ShortText(new InputId("a"), "A", maxLength: 0, required: true)));

        Assert.Contains(FlowWellFormedness.Problems(flow), problem => problem.Contains("maximum length", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_IdThatCannotBeACardInputId_Reported()
    {
        var flow = Flow(Step("one", InputDefinition.ShortText(new InputId("client name"), "A", maxLength: 10, required: true)));

        Assert.Contains(FlowWellFormedness.Problems(flow), problem => problem.Contains("letters and digits", StringComparison.Ordinal));
    }

    [Fact]
    public void FlowCatalog_MalformedFlow_Throws()
    {
        var malformed = Flow(Step("one", Text("a")), Step("two", Text("a")));

        Assert.Throws<ArgumentException>(() => new FlowCatalog([malformed]));
    }

    [Fact]
    public void FlowCatalog_SameFlowTwice_Throws()
    {
        Assert.Throws<ArgumentException>(() => new FlowCatalog([QuickCheckInFlow.Definition, QuickCheckInFlow.Definition]));
    }

    private static InputDefinition Text(string id) => InputDefinition.ShortText(new InputId(id), "Label", maxLength: 10, required: true);

    private static StepDefinition Step(string id, params InputDefinition[] inputs) => new(new StepId(id), "Title", "Prompt", "Hint", [.. inputs]);

    private static FlowDefinition Flow(params StepDefinition[] steps) => new(new FlowId("test"), "Test", "A test flow.", [.. steps]);

    [Theory]
    [InlineData("phase")]
    [InlineData("clientFirstName")]
    [InlineData("noSuchInput")]
    public void Problems_ACaseLabelThatIsNotAKeptShortText_IsNamed(string input)
    {
        var flow = SessionReflectionFlow.Definition with { CaseLabel = new InputId(input) };

        Assert.Contains(FlowWellFormedness.Problems(flow), problem => problem.Contains($"Case label '{input}'", StringComparison.Ordinal));
    }

    [Fact]
    public void Catalog_TwoFlowsStartedByOneCommand_IsRefused()
    {
        var copy = QuickCheckInFlow.Definition with { Id = new FlowId("anotherCheckIn") };

        var refused = Assert.Throws<ArgumentException>(() => new FlowCatalog([QuickCheckInFlow.Definition, copy]));

        Assert.Contains("Command 'Quick' starts more than one flow.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StandardCatalog_EachStartingCommand_FindsItsFlow_AndOnlyTheFullReflectionHasACaseLabel()
    {
        Assert.Equal(SessionReflectionFlow.Id, FlowCatalog.Standard.StartedBy(SupervisionBot.Dialogs.Commands.BotCommand.Reflect)?.Id);
        Assert.Equal(QuickCheckInFlow.Id, FlowCatalog.Standard.StartedBy(SupervisionBot.Dialogs.Commands.BotCommand.Quick)?.Id);
        Assert.Null(FlowCatalog.Standard.StartedBy(SupervisionBot.Dialogs.Commands.BotCommand.Help));
        Assert.Equal(SessionReflectionFlow.Inputs.CaseLabel, SessionReflectionFlow.Definition.CaseLabel);
        Assert.Null(QuickCheckInFlow.Definition.CaseLabel);
        Assert.Equal("Client A", ((SupervisionBot.Dialogs.Engine.AnswerValue.Text)SessionReflectionFlow.Definition.SuggestAnswers!([])[SessionReflectionFlow.Inputs.CaseLabel]).Value);
    }
}
