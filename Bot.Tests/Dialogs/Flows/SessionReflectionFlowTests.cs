using SupervisionBot.Dialogs.Flows;
using Reflection = SupervisionBot.Dialogs.Flows.SessionReflectionFlow;

namespace SupervisionBot.Bot.Tests.Dialogs.Flows;

public class SessionReflectionFlowTests
{
    [Fact]
    public void Definition_Steps_FollowTheSupervisionConversation()
    {
        Assert.Equal(
            [
                Reflection.Steps.TheCase, Reflection.Steps.Containment, Reflection.Steps.Risk, Reflection.Steps.HereAndNow, Reflection.Steps.Relationship,
                Reflection.Steps.TalkingAboutUs, Reflection.Steps.You, Reflection.Steps.GoingDeeper, Reflection.Steps.ForSupervision,
            ],
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
        Assert.Contains("then discarded", redactionOnly.Hint, StringComparison.OrdinalIgnoreCase);
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
    public void RuptureInput_AllowsMoreThanOneTypeAndNotSure_WithExamplesOfBothKinds()
    {
        var rupture = Reflection.Definition.FindInput(Reflection.Inputs.Rupture)!;

        Assert.Equal(InputKind.MultiSelect, rupture.Kind);
        Assert.Equal([Reflection.Ruptures.None, Reflection.Ruptures.Withdrawal, Reflection.Ruptures.Confrontation, Reflection.Ruptures.NotSure], rupture.Choices.AsEnumerable());
        var words = string.Join(" ", rupture.Choices.Select(choice => choice.Label));
        foreach (var example in new[] { "quiet", "deferring", "vague", "complaining", "challenging" })
        {
            Assert.Contains(example, words, StringComparison.Ordinal);
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
    public void ForSupervisionStep_AsksForTheSharingChoice_SayingItReachesTheDigestOnceEnoughHaveShared()
    {
        var step = Reflection.Definition.FindStep(Reflection.Steps.ForSupervision)!;
        var sharing = step.FindInput(CommonInputs.Sharing)!;

        Assert.True(sharing.IsRequired);
        Assert.Equal([CommonInputs.KeepPrivate, CommonInputs.ShareWithSupervisor, CommonInputs.ShareWithGroup], sharing.Choices.AsEnumerable());
        Assert.All(sharing.Choices.Skip(1), choice => Assert.StartsWith("Mark it to share", choice.Label, StringComparison.Ordinal));
        Assert.Contains("once enough members have shared", sharing.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void RiskStep_AsksEveryKindOfRisk_WithNoneAndNotSure_AndForcesNothing()
    {
        var step = Reflection.Definition.FindStep(Reflection.Steps.Risk)!;
        var risk = step.FindInput(Reflection.Inputs.Risk)!;

        Assert.Equal(InputKind.MultiSelect, risk.Kind);
        Assert.Equal(
            [Reflection.Risks.ToClient, Reflection.Risks.ToOthers, Reflection.Risks.Safeguarding, Reflection.Risks.None, Reflection.Risks.NotSure],
            risk.Choices.AsEnumerable());
        Assert.Contains("suicide or self-harm", Reflection.Risks.ToClient.Label, StringComparison.Ordinal);
        Assert.Contains("child or an adult at risk", Reflection.Risks.Safeguarding.Label, StringComparison.Ordinal);
        Assert.True(step.IsSkippable);
        Assert.All(step.Inputs, input => Assert.False(input.IsRequired));
    }

    [Fact]
    public void ContactOffer_SaysItsConsequenceAndTheSafeguardingReminderBesideTheToggle()
    {
        var contact = Reflection.Definition.FindInput(CommonInputs.RequestSupervisorContact)!;

        Assert.Equal(InputKind.Toggle, contact.Kind);
        Assert.False(contact.IsRequired);
        Assert.Contains(CommonInputs.ContactConsequence, contact.Hint, StringComparison.Ordinal);
        Assert.Contains(CommonInputs.SafeguardingReminder, contact.Hint, StringComparison.Ordinal);
        Assert.Contains("at once with your name and this reflection's case label", CommonInputs.ContactConsequence, StringComparison.Ordinal);
        Assert.Contains("tell you whether it reached them", CommonInputs.ContactConsequence, StringComparison.Ordinal);
    }

    [Fact]
    public void HereAndNowCues_IncludeConnection_AndLeaveOutEyeContactAndDuplicates()
    {
        var cues = Reflection.Definition.FindInput(Reflection.Inputs.CuesShown)!.Choices;

        foreach (var expected in new[] { Reflection.Cues.Warmth, Reflection.Cues.Humour, Reflection.Cues.Anger, Reflection.Cues.Lateness, Reflection.Cues.Dissociation })
        {
            Assert.Contains(expected, cues);
        }

        Assert.DoesNotContain(cues, cue => cue.Label.Contains("eye", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(cues, cue => cue.Label.Contains("leaning", StringComparison.OrdinalIgnoreCase));
        // Cues must fit video and telephone sessions as well as a shared room.
        Assert.DoesNotContain(cues, cue => cue.Label.Contains("room", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void FirstCard_AsksForTheSetting()
    {
        var setting = Reflection.Definition.Steps[0].FindInput(Reflection.Inputs.Setting)!;

        Assert.Equal([Reflection.Settings.InPerson, Reflection.Settings.Video, Reflection.Settings.Telephone, Reflection.Settings.Other], setting.Choices.AsEnumerable());
    }

    [Fact]
    public void Jargon_IsExplainedInPlainWords()
    {
        var containment = Reflection.Definition.FindStep(Reflection.Steps.Containment)!;
        var frame = Reflection.Definition.FindInput(Reflection.Inputs.FrameHeld)!;
        var felt = Reflection.Definition.FindInput(Reflection.Inputs.WhatYouFelt)!;
        var echoes = Reflection.Definition.FindInput(Reflection.Inputs.Echoes)!;

        Assert.Equal("Feeling safe and held", containment.Title);
        Assert.StartsWith("Supervisors call this containment: ", containment.Hint, StringComparison.Ordinal);
        Assert.StartsWith("The frame is the agreed shape of the work", frame.Hint, StringComparison.Ordinal);
        // Plain words first, the term after.
        Assert.True(felt.Hint!.IndexOf("countertransference", StringComparison.Ordinal) > felt.Hint.IndexOf("information", StringComparison.Ordinal));
        Assert.DoesNotContain("countertransference", felt.Label, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("parallel process", echoes.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain("parallel process", echoes.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Relationship_IsExplored_NotOnlyRated()
    {
        var talking = Reflection.Definition.FindStep(Reflection.Steps.TalkingAboutUs)!;

        Assert.Equal(
            [Reflection.Inputs.TalkedAboutUs, Reflection.Inputs.WhenWeTalked, Reflection.Inputs.Challenge, Reflection.Inputs.Rupture, Reflection.Inputs.Repair],
            talking.Inputs.Select(input => input.Id));
        Assert.Contains(Reflection.Challenges.Held, Reflection.Definition.FindInput(Reflection.Inputs.Challenge)!.Choices);
        // The balancing question sits with the all-positive ratings.
        Assert.NotNull(Reflection.Definition.FindStep(Reflection.Steps.Relationship)!.FindInput(Reflection.Inputs.NotSaying));
    }

    [Fact]
    public void GoingDeeper_AsksOnlyWhatTheTherapistTicked()
    {
        var deeper = Reflection.Definition.FindStep(Reflection.Steps.GoingDeeper)!;

        Assert.All(deeper.Inputs, input => Assert.Equal(Reflection.Inputs.GoDeeper, Assert.Single(input.ShownWhen).Input));
        Assert.Equal(
            [Reflection.Inputs.Echoes, Reflection.Inputs.Difference, Reflection.Inputs.Ethics, Reflection.Inputs.WiderContext],
            deeper.Inputs.Select(input => input.Id));
    }

    [Fact]
    public void ClosingTheLoop_IsAskedInBothFlows()
    {
        Assert.NotNull(Reflection.Definition.FindInput(Reflection.Inputs.SinceLastSupervision));
        Assert.NotNull(QuickCheckInFlow.Definition.FindInput(QuickCheckInFlow.Inputs.SinceSupervision));
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
