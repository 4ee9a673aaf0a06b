using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Model;
using SupervisionBot.Cards.Reflection;

namespace SupervisionBot.Bot.Tests.Cards.Reflection;

public class CompactRatingsTests
{
    [Fact]
    public void RelationshipStep_WithEightRatings_ShowsThemAsDropDowns()
    {
        var card = ReflectionCardSamples.StepCardFor("sessionReflection", 4);

        var ratings = CardContents.Inputs(card).OfType<ChoiceSetInput>().Where(c => c.Choices.Count == 5).ToList();

        Assert.Equal(8, ratings.Count);
        Assert.All(ratings, r => Assert.Equal(ChoiceInputStyle.Compact, r.Style));
    }

    [Fact]
    public void ContainmentStep_WithOneRating_KeepsRadioButtons()
    {
        var card = ReflectionCardSamples.StepCardFor("sessionReflection", 2);

        Assert.All(CardContents.Inputs(card).OfType<ChoiceSetInput>(), c => Assert.Equal(ChoiceInputStyle.Expanded, c.Style));
    }
}
