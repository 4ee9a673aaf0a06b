using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Tests.Dialogs.Flows;

public class QuickCheckInFlowTests
{
    [Fact]
    public void Definition_HasAtMostThreeSteps()
    {
        Assert.InRange(QuickCheckInFlow.Definition.Steps.Length, 1, 3);
    }

    [Fact]
    public void Definition_IsOneRatingOneSentenceAndTheSharingChoice()
    {
        var steps = QuickCheckInFlow.Definition.Steps;

        Assert.Equal(InputKind.Rating, Assert.Single(steps[0].Inputs).Kind);
        var sentence = Assert.Single(steps[1].Inputs);
        Assert.Equal(InputKind.ShortText, sentence.Kind);
        Assert.Contains(steps[2].Inputs, input => input.Id == CommonInputs.Sharing && input.IsRequired);
    }
}
