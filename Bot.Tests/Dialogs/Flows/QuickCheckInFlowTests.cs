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
    public void Definition_IsOneRatingOneSentenceWhatChangedAndTheSharingChoice()
    {
        var steps = QuickCheckInFlow.Definition.Steps;

        Assert.Equal(InputKind.Rating, Assert.Single(steps[0].Inputs).Kind);
        Assert.Equal([QuickCheckInFlow.Inputs.OneSentence, QuickCheckInFlow.Inputs.SinceSupervision], steps[1].Inputs.Select(input => input.Id));
        Assert.Equal(InputKind.ShortText, steps[1].Inputs[0].Kind);
        Assert.All(steps[1].Inputs, input => Assert.False(input.IsRequired));
        Assert.Contains(steps[2].Inputs, input => input.Id == CommonInputs.Sharing && input.IsRequired);
    }
}
