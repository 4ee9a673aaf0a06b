using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Reflection;
using SupervisionBot.Dialogs.Commands;

namespace SupervisionBot.Bot.Tests.Cards.Reflection;

/// <summary>
/// The card-level button checks in <see cref="CardButtonTests"/>, extended to buttons inside the
/// body (the review's Edit buttons, the examples' Open buttons), which they do not look at.
/// </summary>
public class BodyButtonTests
{
    [Theory]
    [MemberData(nameof(EveryCard.Names), MemberType = typeof(EveryCard))]
    public void EveryExecuteButtonAnywhere_CarriesItsVerbInItsData_AndNamesAKnownVerb(string name)
    {
        var buttons = CardContents.Buttons(EveryCard.Create(name)).ToList();

        Assert.All(buttons, button =>
        {
            Assert.Equal(button.Verb, button.Data.Verb);
            Assert.True(
                CommandParser.Parse(button.Verb) is not null || ReflectionVerbs.All.Contains(button.Verb) || ExampleVerbs.All.Contains(button.Verb) || SupervisionBot.Cards.MyData.MyDataVerbs.All.Contains(button.Verb)
                    || SupervisionBot.Cards.Groups.GroupVerbs.All.Contains(button.Verb) || SupervisionBot.Cards.Contact.ContactVerbs.All.Contains(button.Verb),
                $"'{button.Verb}' is neither a command nor a reflection or example verb.");
        });
    }
}
