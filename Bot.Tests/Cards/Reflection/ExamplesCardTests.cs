using System.Globalization;
using System.Text.Json.Nodes;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Model;
using SupervisionBot.Cards.Reflection;
using SupervisionBot.Cards.Serialization;
using SupervisionBot.Dialogs.Examples;
using static SupervisionBot.Bot.Tests.Infrastructure.ReflectionCardSamples;

namespace SupervisionBot.Bot.Tests.Cards.Reflection;

public class ExamplesCardTests
{
    public static TheoryData<int> Indexes => [.. Enumerable.Range(0, WorkedExamples.All.Length)];

    [Fact]
    public void List_ValidatesAndHasOneOpenButtonPerExample_ArgumentIsItsIndex()
    {
        var card = ExamplesCard.List(WorkedExamples.All);

        Assert.Empty(SchemaValidator.AdaptiveCardErrors(JsonNode.Parse(CardSerializer.Serialize(card))!));
        var opens = CardContents.Buttons(card).Where(button => button.Verb == ExampleVerbs.Open).ToList();
        Assert.Equal(
            Enumerable.Range(0, WorkedExamples.All.Length).Select(index => index.ToString(CultureInfo.InvariantCulture)),
            opens.Select(open => open.Data.Argument));
        Assert.All(WorkedExamples.All, example =>
        {
            Assert.Contains(CardContents.Texts(card), block => block.Text == example.Title);
            Assert.Contains(CardContents.Texts(card), block => block.Text == example.Summary);
        });
    }

    [Fact]
    public void List_Empty_Throws()
    {
        Assert.Throws<ArgumentException>(() => ExamplesCard.List([]));
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Show_ValidatesAndIsMarkedFictionalAtTheTop(int index)
    {
        var example = WorkedExamples.All[index];

        var card = ExamplesCard.Show(example, ExampleAnswers(example));

        Assert.Empty(SchemaValidator.AdaptiveCardErrors(JsonNode.Parse(CardSerializer.Serialize(card))!));
        var notice = Assert.IsType<Container>(card.Body[0]);
        Assert.Equal(ContainerStyle.Emphasis, notice.Style);
        Assert.Equal(WorkedExample.Notice, Assert.IsType<TextBlock>(Assert.Single(notice.Items)).Text);
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Show_IsReadOnly_WithBackToListAndStartMyOwn(int index)
    {
        var example = WorkedExamples.All[index];

        var card = ExamplesCard.Show(example, ExampleAnswers(example));

        Assert.Empty(CardContents.Inputs(card));
        Assert.Equal(
            [ExampleVerbs.List, ReflectionVerbs.Start],
            CardContents.Buttons(card).Select(button => button.Verb).Order(StringComparer.Ordinal));
        Assert.Equal(example.Flow.Value, CardContents.Button(card, ReflectionVerbs.Start).Data.Argument);
        Assert.All(ExampleAnswers(example).Steps.SelectMany(step => step.Items), item =>
            Assert.Contains(CardContents.Elements(card).OfType<FactSet>().SelectMany(set => set.Facts), fact => fact.Value == item.DisplayText));
    }
}
