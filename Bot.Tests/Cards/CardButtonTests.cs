using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Model;
using SupervisionBot.Cards.Reflection;
using SupervisionBot.Dialogs.Commands;

namespace SupervisionBot.Bot.Tests.Cards;

public class CardButtonTests
{
    [Theory]
    [MemberData(nameof(EveryCard.Names), MemberType = typeof(EveryCard))]
    public void EveryExecuteButton_CarriesItsVerbInItsData_AndNamesAKnownVerb(string name)
    {
        var card = EveryCard.Create(name);
        var buttons = (card.Actions ?? []).OfType<ExecuteAction>().ToList();

        Assert.All(buttons, button =>
        {
            // The verb is repeated in data so a client that falls back to Action.Submit still works.
            Assert.Equal(button.Verb, button.Data.Verb);
            Assert.True(
                CommandParser.Parse(button.Verb) is not null || ReflectionVerbs.All.Contains(button.Verb) || ExampleVerbs.All.Contains(button.Verb) || SupervisionBot.Cards.MyData.MyDataVerbs.All.Contains(button.Verb)
                    || SupervisionBot.Cards.Groups.GroupVerbs.All.Contains(button.Verb) || SupervisionBot.Cards.Contact.ContactVerbs.All.Contains(button.Verb),
                $"'{button.Verb}' is neither a command nor a reflection or example verb.");
        });
    }

    [Theory]
    [MemberData(nameof(EveryCard.Names), MemberType = typeof(EveryCard))]
    public void EveryCard_HasFallbackTextAndAHeading(string name)
    {
        var card = EveryCard.Create(name);

        Assert.False(string.IsNullOrWhiteSpace(card.FallbackText));
        Assert.Contains(card.Body.OfType<TextBlock>(), b => b.Style == TextBlockStyle.Heading);
    }
}
