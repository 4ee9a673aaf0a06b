using SupervisionBot.Dialogs.Flows;
using Reflection = SupervisionBot.Dialogs.Flows.SessionReflectionFlow;

namespace SupervisionBot.Bot.Tests.Dialogs.Flows;

public class SessionReflectionFlowTests
{
    [Fact]
    public void Definition_Steps_FollowTheSupervisionConversation()
    {
        Assert.Equal(
            [Reflection.Steps.TheCase, Reflection.Steps.Containment, Reflection.Steps.HereAndNow, Reflection.Steps.Relationship, Reflection.Steps.You, Reflection.Steps.ForSupervision],
            Reflection.Definition.Steps.Select(step => step.Id));
    }

    [Fact]
    public void Definition_OnlyTheCaseAndSupervisionSteps_AreCompulsory()
    {
        Assert.Equal(
            [Reflection.Steps.TheCase, Reflection.Steps.ForSupervision],
            Reflection.Definition.Steps.Where(step => !step.IsSkippable).Select(step => step.Id));
    }

    [Fact]
    public void ClientFirstName_IsTheOnlyRedactionOnlyInputAndSaysItIsDiscarded()
    {
        var redactionOnly = Assert.Single(Reflection.Definition.AllInputs, input => input.IsRedactionOnly);

        Assert.Equal(Reflection.Inputs.ClientFirstName, redactionOnly.Id);
        Assert.False(redactionOnly.IsRequired);
        Assert.Contains("never saved", redactionOnly.Hint, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void RelationshipStep_HintSaysItIsNotAValidatedScale()
    {
        var step = Reflection.Definition.FindStep(Reflection.Steps.Relationship)!;

        Assert.Contains("not a validated scale", step.Hint, StringComparison.Ordinal);
        Assert.Contains("rated by you", step.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void RelationshipStep_RatesEachAllianceQualityTrustGoalsAndTasks()
    {
        var ratings = Reflection.Definition.FindStep(Reflection.Steps.Relationship)!.Inputs.Where(input => input.Kind == InputKind.Rating).Select(input => input.Id);

        Assert.Equal(
            [Reflection.Inputs.Caring, Reflection.Inputs.Collaborative, Reflection.Inputs.Reliable, Reflection.Inputs.Knowledgeable,
             Reflection.Inputs.AppreciatesFeelings, Reflection.Inputs.Trust, Reflection.Inputs.SharedGoals, Reflection.Inputs.SharedTasks],
            ratings);
    }

    [Fact]
    public void RuptureInput_HintGivesExamplesOfBothKinds()
    {
        var rupture = Reflection.Definition.FindInput(Reflection.Inputs.Rupture)!;

        Assert.Equal([Reflection.Ruptures.None, Reflection.Ruptures.Withdrawal, Reflection.Ruptures.Confrontation], rupture.Choices.AsEnumerable());
        foreach (var example in new[] { "silent", "deferring", "vague", "complaining", "challenging" })
        {
            Assert.Contains(example, rupture.Hint, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RatingInputs_HaveWordsAtEveryPointFromOneUp()
    {
        Assert.All(
            Reflection.Definition.AllInputs.Where(input => input.Kind == InputKind.Rating),
            input => Assert.Equal(Enumerable.Range(1, input.Choices.Length).Select(point => point.ToString(System.Globalization.CultureInfo.InvariantCulture)), input.Choices.Select(choice => choice.Value)));
    }

    [Fact]
    public void ForSupervisionStep_OffersButNeverForcesSupervisorContact()
    {
        var step = Reflection.Definition.FindStep(Reflection.Steps.ForSupervision)!;
        var contact = step.FindInput(CommonInputs.RequestSupervisorContact)!;

        Assert.Equal(InputKind.Toggle, contact.Kind);
        Assert.False(contact.IsRequired);
        Assert.True(step.FindInput(CommonInputs.Sharing)!.IsRequired);
        Assert.Equal([CommonInputs.KeepPrivate, CommonInputs.ShareWithSupervisor, CommonInputs.ShareWithGroup], step.FindInput(CommonInputs.Sharing)!.Choices.AsEnumerable());
    }

    [Fact]
    public void SuggestCaseLabel_NoneInUse_SuggestsClientA()
    {
        Assert.Equal("Client A", Reflection.SuggestCaseLabel([]));
    }

    [Fact]
    public void SuggestCaseLabel_SomeInUse_SuggestsFirstFreeIgnoringCaseAndSpaces()
    {
        Assert.Equal("Client C", Reflection.SuggestCaseLabel(["client a", " Client B ", "Client D"]));
    }

    [Fact]
    public void SuggestCaseLabel_AllSingleLettersInUse_MovesToTwoLetters()
    {
        var used = Enumerable.Range(0, 26).Select(offset => "Client " + (char)('A' + offset));

        Assert.Equal("Client AA", Reflection.SuggestCaseLabel(used));
    }
}
