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

public class ReviewCardTests
{
    public static TheoryData<string> Flows => [.. FlowCatalog.Standard.All.Select(flow => flow.Id.Value)];

    [Theory]
    [MemberData(nameof(Flows))]
    public void Create_ValidatesAgainstTheSchema(string flow)
    {
        var json = JsonNode.Parse(CardSerializer.Serialize(ReviewCard.Create(Review(new FlowId(flow)))))!;

        Assert.Empty(SchemaValidator.AdaptiveCardErrors(json));
    }

    [Theory]
    [MemberData(nameof(Flows))]
    public void Create_HasOneEditPerEditableStep_EachForItsOwnStep(string flow)
    {
        var review = Review(new FlowId(flow));

        var edits = CardContents.Buttons(ReviewCard.Create(review)).Where(button => button.Verb == ReflectionVerbs.Edit).ToList();

        Assert.Equal(
            review.Steps.Where(step => step.CanEdit).Select(step => step.Step.Value),
            edits.Select(edit => edit.Data.EditStep));
        Assert.All(edits, edit => Assert.Equal(StepId.Review.Value, edit.Data.Step));
    }

    [Fact]
    public void Create_StepsThatCannotBeEdited_HaveNoEditButton()
    {
        var review = Review(Session.Id);
        var partly = review with { Steps = [.. review.Steps.Select((step, index) => step with { CanEdit = index % 2 == 0 })] };

        var edits = CardContents.Buttons(ReviewCard.Create(partly)).Count(button => button.Verb == ReflectionVerbs.Edit);

        Assert.Equal(partly.Steps.Count(step => step.CanEdit), edits);
    }

    [Fact]
    public void Create_ShowsEveryAnswerAndSaysNothingIsSavedUntilConfirmed()
    {
        var review = Review(Session.Id);

        var card = ReviewCard.Create(review);

        Assert.Contains(card.Body.OfType<TextBlock>(), block => block.Style == TextBlockStyle.Heading && block.Text == "Check your reflection");
        Assert.Contains(CardContents.Texts(card), block => block.Text.Contains("Nothing is saved until you confirm", StringComparison.Ordinal));
        var facts = CardContents.Elements(card).OfType<FactSet>().SelectMany(set => set.Facts).ToList();
        Assert.Equal(review.Steps.SelectMany(step => step.Items).Select(item => (item.Label, item.DisplayText)), facts.Select(fact => (fact.Title, fact.Value)));
        // The one input: words the therapist wants hidden on top of what was anonymised.
        Assert.Equal(ReviewInputs.HideWords.Value, Assert.Single(CardContents.Inputs(card)).Id);
    }

    [Fact]
    public void Create_SkippedSteps_SaySkipped()
    {
        var review = ReviewWithSkips();
        var skipped = review.Steps.Where(step => step.WasSkipped).ToList();
        Assert.NotEmpty(skipped);

        var body = ReviewCard.Create(review).Body.ToList();

        Assert.All(skipped, step =>
        {
            var heading = body.FindIndex(element => element is TextBlock block && block.Text == step.Title);
            Assert.Equal("Skipped", Assert.IsType<TextBlock>(body[heading + 1]).Text);
        });
    }

    [Fact]
    public void Create_WhenConfirmable_OffersConfirmAndDiscard()
    {
        var card = ReviewCard.Create(Review(Session.Id));

        var confirm = CardContents.Button(card, ReflectionVerbs.Confirm);
        var discard = CardContents.Button(card, ReflectionVerbs.Discard);
        Assert.Equal(ActionStyle.Positive, confirm.Style);
        Assert.Equal(ActionStyle.Destructive, discard.Style);
        Assert.True(SessionButtons.TryRead(confirm.Data, out var confirmAction));
        Assert.True(SessionButtons.TryRead(discard.Data, out var discardAction));
        Assert.Equal(SessionVerb.Confirm, confirmAction.Verb);
        Assert.Equal(SessionVerb.Cancel, discardAction.Verb);
    }

    [Fact]
    public void Create_WhenNotConfirmable_HasNoConfirm()
    {
        var review = Review(Session.Id) with { CanConfirm = false };

        var card = ReviewCard.Create(review);

        Assert.DoesNotContain(CardContents.Buttons(card), button => button.Verb == ReflectionVerbs.Confirm);
        Assert.Contains(CardContents.Buttons(card), button => button.Verb == ReflectionVerbs.Discard);
    }

    [Fact]
    public void Create_ShowsTheTextOfTheModelAsGiven_SoAnonymisedTextCanBeSwappedIn()
    {
        var review = Review(Session.Id);
        var anonymised = review with
        {
            Steps = [.. review.Steps.Select(step => step with { Items = [.. step.Items.Select(item => item with { DisplayText = "[REDACTED]" })] })],
        };

        var facts = CardContents.Elements(ReviewCard.Create(anonymised)).OfType<FactSet>().SelectMany(set => set.Facts);

        Assert.All(facts, fact => Assert.Equal("[REDACTED]", fact.Value));
    }
}
