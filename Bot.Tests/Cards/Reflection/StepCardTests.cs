using System.Text.Json.Nodes;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Model;
using SupervisionBot.Cards.Reflection;
using SupervisionBot.Cards.Serialization;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;
using static SupervisionBot.Bot.Tests.Infrastructure.ReflectionCardSamples;
using Session = SupervisionBot.Dialogs.Flows.SessionReflectionFlow;

namespace SupervisionBot.Bot.Tests.Cards.Reflection;

public class StepCardTests
{
    [Theory]
    [MemberData(nameof(AllSteps), MemberType = typeof(ReflectionCardSamples))]
    public void Create_EveryStepOfEveryFlow_ValidatesAgainstTheSchema(string flow, int number)
    {
        var json = JsonNode.Parse(CardSerializer.Serialize(StepCardFor(flow, number)))!;

        Assert.Empty(SchemaValidator.AdaptiveCardErrors(json));
    }

    [Theory]
    [MemberData(nameof(AllSteps), MemberType = typeof(ReflectionCardSamples))]
    public void Create_EveryStep_RendersEachInputOnceWithAVisibleLabel(string flow, int number)
    {
        var view = Step(flow, number);

        var inputs = CardContents.Inputs(StepCard.Create(view, [])).ToList();

        Assert.Equal(view.Step.Inputs.Select(input => input.Id.Value), inputs.Select(input => input.Id));
        Assert.All(inputs, input => Assert.False(string.IsNullOrWhiteSpace(input.Label)));
    }

    [Theory]
    [MemberData(nameof(AllSteps), MemberType = typeof(ReflectionCardSamples))]
    public void Create_RequiredInputs_AreMarkedInTheirLabel_AndNotBlockedByTheClient(string flow, int number)
    {
        var view = Step(flow, number);

        var inputs = CardContents.Inputs(StepCard.Create(view, [])).ToDictionary(input => input.Id!);

        Assert.All(view.Step.Inputs, definition =>
        {
            var input = inputs[definition.Id.Value];
            // Marked in the label, left to the engine: isRequired would block Save for later.
            Assert.Equal(definition.IsRequired, input.Label.EndsWith(StepInputs.RequiredMark, StringComparison.Ordinal));
            Assert.Null(input.IsRequired);
        });
    }

    [Theory]
    [MemberData(nameof(AllSteps), MemberType = typeof(ReflectionCardSamples))]
    public void Create_ShowsProgressAndTheStepAsAHeading(string flow, int number)
    {
        var view = Step(flow, number);

        var card = StepCard.Create(view, []);

        var progress = Assert.IsType<TextBlock>(card.Body[0]);
        Assert.Equal($"Step {number} of {view.Flow.Steps.Length} · {view.Flow.Title}", progress.Text);
        Assert.True(progress.IsSubtle);
        var heading = Assert.Single(card.Body.OfType<TextBlock>(), block => block.Style == TextBlockStyle.Heading);
        Assert.Equal(view.Step.Title, heading.Text);
        Assert.Contains(card.Body.OfType<TextBlock>(), block => block.Text == view.Step.Prompt);
        Assert.Contains(card.Body.OfType<TextBlock>(), block => block.Text == view.Step.Hint && block.IsSubtle == true);
        Assert.Contains(view.Step.Prompt, card.FallbackText, StringComparison.Ordinal);
        Assert.StartsWith($"Step {number} of {view.Flow.Steps.Length}, {view.Flow.Title}. {view.Step.Title}.", card.Speak, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllSteps), MemberType = typeof(ReflectionCardSamples))]
    public void Create_OffersBackSkipAndSaveExactlyWhenTheStepAllows(string flow, int number)
    {
        var view = Step(flow, number);

        var verbs = StepCard.Create(view, []).Actions!.OfType<ExecuteAction>().Select(action => action.Verb).ToList();

        Assert.Equal(ReflectionVerbs.Next, verbs[0]);
        Assert.Equal(number > 1, verbs.Contains(ReflectionVerbs.Back));
        Assert.Equal(view.Step.IsSkippable, verbs.Contains(ReflectionVerbs.Skip));
        Assert.Contains(ReflectionVerbs.Save, verbs);
    }

    [Fact]
    public void Create_FirstStep_HasNoBack()
    {
        var card = StepCardFor(Session.Id.Value, 1);

        Assert.DoesNotContain(CardContents.Buttons(card), button => button.Verb == ReflectionVerbs.Back);
    }

    [Fact]
    public void Create_NonSkippableStep_HasNoSkip()
    {
        var view = Step(Session.Id, 1);
        Assert.False(view.Step.IsSkippable);

        Assert.DoesNotContain(CardContents.Buttons(StepCard.Create(view, [])), button => button.Verb == ReflectionVerbs.Skip);
    }

    [Fact]
    public void Create_Buttons_SubmitTypedAnswersOnlyWhenTheyShould()
    {
        var card = StepCardFor(Session.Id.Value, 2);

        var next = CardContents.Button(card, ReflectionVerbs.Next);
        Assert.Equal(ActionStyle.Positive, next.Style);
        Assert.NotEqual(AssociatedInputs.None, next.AssociatedInputs ?? AssociatedInputs.Auto);
        Assert.Equal(AssociatedInputs.None, CardContents.Button(card, ReflectionVerbs.Back).AssociatedInputs);
        Assert.Equal(AssociatedInputs.None, CardContents.Button(card, ReflectionVerbs.Skip).AssociatedInputs);
        Assert.Equal(AssociatedInputs.Auto, CardContents.Button(card, ReflectionVerbs.Save).AssociatedInputs);
    }

    [Fact]
    public void Create_WithErrors_ShowsASummaryAtTheTopAndEachMessageUnderItsInput()
    {
        var view = Step(Session.Id, 1);
        var errors = ErrorsForEmptySubmission(view);
        Assert.NotEmpty(errors);

        var card = StepCard.Create(view, errors);

        var summary = Assert.IsType<TextBlock>(card.Body[2]);
        Assert.Equal(TextColor.Attention, summary.Color);
        Assert.Contains($"{errors.Length} answers need another look", summary.Text, StringComparison.Ordinal);
        foreach (var error in errors)
        {
            var index = card.Body.ToList().FindIndex(element => element.Id == error.Input.Value);
            var message = Assert.IsType<TextBlock>(card.Body[index + 1]);
            Assert.Equal(error.Message, message.Text);
            Assert.Equal(TextColor.Attention, message.Color);
        }
    }

    [Fact]
    public void Create_WithoutErrors_ShowsNoAttentionText()
    {
        var card = StepCardFor(Session.Id.Value, 1);

        Assert.DoesNotContain(CardContents.Texts(card), block => block.Color == TextColor.Attention);
    }

    [Fact]
    public void Create_ErrorForAnInputNotOnTheCard_IsStillShownInTheSummary()
    {
        var view = Step(Session.Id, 1);
        var elsewhere = new ValidationError(Session.Inputs.Repair, "A line on the repair, please.");

        var card = StepCard.Create(view, [elsewhere]);

        Assert.Contains(CardContents.Texts(card), block => block.Color == TextColor.Attention && block.Text.Contains(elsewhere.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Create_RedactionOnlyInput_IsNeverPrefilledAndSaysWhatTheNameIsFor()
    {
        var view = Step(Session.Id, 1);
        var withName = view with { Values = view.Values.SetItem(Session.Inputs.ClientFirstName, "Maria") };

        var card = StepCard.Create(withName, []);

        var input = Assert.IsType<TextInput>(Assert.Single(CardContents.Inputs(card), input => input.Id == Session.Inputs.ClientFirstName.Value));
        Assert.Null(input.Value);
        Assert.DoesNotContain("Maria", CardSerializer.Serialize(card), StringComparison.Ordinal);
        var hint = card.Body[card.Body.ToList().IndexOf(input) + 1];
        Assert.Contains("only to take their name out", Assert.IsType<TextBlock>(hint).Text, StringComparison.Ordinal);
        Assert.Contains("discarded", ((TextBlock)hint).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_EditingFromTheReview_PrefillsTheAnswersAndOffersBackToReview()
    {
        var view = Editing(Session.Id, Session.Steps.Relationship);
        var expected = CompleteAnswers(Session.Id);

        var card = StepCard.Create(view, []);

        var inputs = CardContents.Inputs(card).OfType<ChoiceSetInput>().ToDictionary(input => input.Id!);
        Assert.Equal(RawAnswers.Format(expected[Session.Inputs.Caring]), inputs[Session.Inputs.Caring.Value].Value);
        Assert.Equal(RawAnswers.Format(expected[Session.Inputs.Rupture]), inputs[Session.Inputs.Rupture.Value].Value);
        Assert.Equal("Back to review", card.Actions![0].Title);
        Assert.Contains(CardContents.Buttons(card), button => button.Verb == ReflectionVerbs.Back && button.Title != "Back");
    }

    [Fact]
    public void Create_RendersEachKindOfInputAsItsAdaptiveCardInput()
    {
        var containment = StepCard.Create(Editing(Session.Id, Session.Steps.Containment), []);
        var hereAndNow = StepCard.Create(Editing(Session.Id, Session.Steps.HereAndNow), []);
        var sharing = StepCard.Create(Editing(Session.Id, Session.Steps.ForSupervision), []);
        var theCase = StepCard.Create(Step(Session.Id, 1), []);

        var caseLabel = Assert.IsType<TextInput>(Input(theCase, Session.Inputs.CaseLabel));
        Assert.NotEqual(true, caseLabel.IsMultiline);
        Assert.Equal(40, caseLabel.MaxLength);

        var longText = Assert.IsType<TextInput>(Input(containment, Session.Inputs.HeldHelpedOrHindered));
        Assert.True(longText.IsMultiline);
        Assert.Equal(1500, longText.MaxLength);

        var rating = Assert.IsType<ChoiceSetInput>(Input(containment, Session.Inputs.HowHeld));
        Assert.Equal(ChoiceInputStyle.Expanded, rating.Style);
        Assert.NotEqual(true, rating.IsMultiSelect);
        var scale = Session.Definition.FindInput(Session.Inputs.HowHeld)!.Choices;
        Assert.Equal(scale.Select(point => (point.Label, point.Value)), rating.Choices.Select(choice => (choice.Title, choice.Value)));

        var multi = Assert.IsType<ChoiceSetInput>(Input(hereAndNow, Session.Inputs.CuesShown));
        Assert.True(multi.IsMultiSelect);
        Assert.Equal(ChoiceInputStyle.Expanded, multi.Style);
        Assert.Equal(RawAnswers.Format(CompleteAnswers(Session.Id)[Session.Inputs.CuesShown]), multi.Value);

        var toggle = Assert.IsType<ToggleInput>(Input(sharing, CommonInputs.RequestSupervisorContact));
        Assert.Equal(RawAnswers.ToggleOn, toggle.ValueOn);
        Assert.Equal(RawAnswers.ToggleOff, toggle.ValueOff);
        Assert.Equal(RawAnswers.ToggleOff, toggle.Value);
    }

    [Fact]
    public void Create_PrefillsSuggestedAnswersOnTheFirstStep()
    {
        var session = Engine.Start(Session.Id, SessionId, T0, Session.SuggestedAnswers(["Client A"]));

        var card = StepCard.Create(Engine.CurrentStep(session)!, []);

        Assert.Equal("Client B", Assert.IsType<TextInput>(Input(card, Session.Inputs.CaseLabel)).Value);
    }

    private static CardInput Input(AdaptiveCard card, InputId id) => Assert.Single(CardContents.Inputs(card), input => input.Id == id.Value);
}
