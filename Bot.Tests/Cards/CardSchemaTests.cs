using System.Text.Json.Nodes;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Model;
using SupervisionBot.Cards.Serialization;

namespace SupervisionBot.Bot.Tests.Cards;

public class CardSchemaTests
{
    [Theory]
    [MemberData(nameof(EveryCard.Names), MemberType = typeof(EveryCard))]
    public void Card_ValidatesAgainstOfficialAdaptiveCardSchema(string name)
    {
        var json = JsonNode.Parse(CardSerializer.Serialize(EveryCard.Create(name)))!;

        Assert.Empty(SchemaValidator.AdaptiveCardErrors(json));
    }

    [Fact]
    public void SchemaValidator_RejectsACardWithAnUnknownElement()
    {
        // Proves the schema check can fail, so a green card test means something.
        var json = JsonNode.Parse(CardSerializer.Serialize(EveryCard.Create("welcome")))!;
        json["body"]!.AsArray().Add(new JsonObject { ["type"] = "Chart.Pie", ["title"] = "x" });
        json["version"] = 15;

        Assert.NotEmpty(SchemaValidator.AdaptiveCardErrors(json));
    }

    [Fact]
    public void Serialize_WritesTypeVersionAndOmitsNulls()
    {
        var card = new AdaptiveCard { Body = [new TextBlock("Hello")] };

        var json = JsonNode.Parse(CardSerializer.Serialize(card))!.AsObject();

        Assert.Equal("AdaptiveCard", (string?)json["type"]);
        Assert.Equal("1.5", (string?)json["version"]);
        Assert.False(json.ContainsKey("actions"));
        var block = json["body"]![0]!.AsObject();
        Assert.Equal("TextBlock", (string?)block["type"]);
        Assert.Equal("Hello", (string?)block["text"]);
        Assert.False(block.ContainsKey("size"));
    }

    [Fact]
    public void Serialize_InputsAndActions_UseSchemaNamesAndCamelCaseEnums()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextInput { Id = "note", Label = "A note", IsMultiline = true, MaxLength = 500, Spacing = Spacing.ExtraLarge },
                new ChoiceSetInput([new Choice("Yes", "yes")]) { Id = "pick", Label = "Pick", Style = ChoiceInputStyle.Expanded },
            ],
            Actions = [ExecuteAction.For("Next", new CardActionData("next") { Version = 3 }) with { Style = ActionStyle.Positive }],
        };

        var json = JsonNode.Parse(CardSerializer.Serialize(card))!;

        Assert.Equal("Input.Text", (string?)json["body"]![0]!["type"]);
        Assert.Equal("extraLarge", (string?)json["body"]![0]!["spacing"]);
        Assert.Equal("Input.ChoiceSet", (string?)json["body"]![1]!["type"]);
        Assert.Equal("expanded", (string?)json["body"]![1]!["style"]);
        Assert.Equal("Action.Execute", (string?)json["actions"]![0]!["type"]);
        Assert.Equal("positive", (string?)json["actions"]![0]!["style"]);
        Assert.Equal("next", (string?)json["actions"]![0]!["data"]!["verb"]);
        Assert.Equal(3, (int?)json["actions"]![0]!["data"]!["_version"]);
        Assert.Empty(SchemaValidator.AdaptiveCardErrors(json));
    }
}
