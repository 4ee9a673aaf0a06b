using SupervisionBot.Cards.Model;
using SupervisionBot.Dialogs.Commands;

namespace SupervisionBot.Bot.Tests.Cards;

public class CardButtonTests
{
    [Theory]
    [MemberData(nameof(EveryCard.Names), MemberType = typeof(EveryCard))]
    public void EveryExecuteButton_CarriesItsVerbInItsData_AndNamesAKnownCommand(string name)
    {
        var card = EveryCard.Create(name);
        var buttons = (card.Actions ?? []).OfType<ExecuteAction>().ToList();

        Assert.All(buttons, button =>
        {
            // The verb is repeated in data so a client that falls back to Action.Submit still works.
            Assert.Equal(button.Verb, button.Data.Verb);
            Assert.NotNull(CommandParser.Parse(button.Verb));
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
