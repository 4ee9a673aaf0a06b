using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;
using static SupervisionBot.Bot.Tests.Infrastructure.DialogsFixture;
using Quick = SupervisionBot.Dialogs.Flows.QuickCheckInFlow;
using Reflection = SupervisionBot.Dialogs.Flows.SessionReflectionFlow;

namespace SupervisionBot.Bot.Tests.Dialogs.Engine;

/// <summary>Validation as a card sees it: a submission is refused with an error next to each field at fault.</summary>
public class AnswerValidationTests
{
    [Fact]
    public void Answer_RequiredChoiceMissing_FailsWithErrorOnThatInput()
    {
        var start = StartQuickCheckIn();

        var result = DefaultEngine.Answer(start, start.Stamp, NoValues(), Later(1));

        var failed = RejectedWith<Rejection.ValidationFailed>(result, start);
        var error = Assert.Single(failed.Errors);
        Assert.Equal(Quick.Inputs.HowTheWorkSits, error.Input);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Answer_RequiredTextBlank_FailsWithErrorOnThatInput()
    {
        var start = StartSessionReflection();

        var result = DefaultEngine.Answer(start, start.Stamp, Raw((Reflection.Inputs.CaseLabel, "  "), (Reflection.Inputs.Phase, Reflection.Phases.Middle.Value)), Later(1));

        var failed = RejectedWith<Rejection.ValidationFailed>(result, start);
        Assert.Equal([Reflection.Inputs.CaseLabel], failed.Errors.Select(error => error.Input));
    }

    [Fact]
    public void Answer_TextOverMaxLength_FailsAndSaysHowLong()
    {
        var onSentence = Answered(StartQuickCheckIn(), (Quick.Inputs.HowTheWorkSits, "4"));

        var result = DefaultEngine.Answer(onSentence, onSentence.Stamp, Raw((Quick.Inputs.OneSentence, new string('a', 281))), Later(2));

        var error = Assert.Single(RejectedWith<Rejection.ValidationFailed>(result, onSentence).Errors);
        Assert.Equal(Quick.Inputs.OneSentence, error.Input);
        Assert.Contains("280", error.Message, StringComparison.Ordinal);
        Assert.Contains("281", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_TextAtMaxLengthAfterTrimming_IsAccepted()
    {
        var onSentence = Answered(StartQuickCheckIn(), (Quick.Inputs.HowTheWorkSits, "4"));

        var result = DefaultEngine.Answer(onSentence, onSentence.Stamp, Raw((Quick.Inputs.OneSentence, "  " + new string('a', 280) + "\n")), Later(2));

        Assert.True(result.IsSuccess);
        Assert.Equal(new AnswerValue.Text(new string('a', 280)), result.Session.Answers[Quick.Inputs.OneSentence]);
    }

    [Theory]
    [InlineData("6")]
    [InlineData("0")]
    [InlineData("Heavy")]
    public void Answer_RatingOutsideItsPoints_FailsAsInvalidChoice(string value)
    {
        var start = StartQuickCheckIn();

        var result = DefaultEngine.Answer(start, start.Stamp, Raw((Quick.Inputs.HowTheWorkSits, value)), Later(1));

        var error = Assert.Single(RejectedWith<Rejection.ValidationFailed>(result, start).Errors);
        Assert.Equal(Quick.Inputs.HowTheWorkSits, error.Input);
    }

    [Fact]
    public void Answer_UnknownSingleChoice_Fails()
    {
        var onSharing = Answered(Answered(StartQuickCheckIn(), (Quick.Inputs.HowTheWorkSits, "4")));

        var result = DefaultEngine.Answer(onSharing, onSharing.Stamp, Raw((CommonInputs.Sharing, "everyone")), Later(3));

        var error = Assert.Single(RejectedWith<Rejection.ValidationFailed>(result, onSharing).Errors);
        Assert.Equal(CommonInputs.Sharing, error.Input);
    }

    [Fact]
    public void Answer_MultiSelect_ParsesCommaSeparatedValuesIntoFlowOrderOnce()
    {
        var hereAndNow = HereAndNowStep();

        var result = DefaultEngine.Answer(
            hereAndNow,
            hereAndNow.Stamp,
            Raw((Reflection.Inputs.CuesShown, $"{Reflection.Cues.LowVoice.Value}, {Reflection.Cues.Wariness.Value},{Reflection.Cues.LowVoice.Value}")),
            Later(5));

        Assert.True(result.IsSuccess);
        var cues = Assert.IsType<AnswerValue.Choices>(result.Session.Answers[Reflection.Inputs.CuesShown]);
        Assert.Equal([Reflection.Cues.Wariness.Value, Reflection.Cues.LowVoice.Value], cues.Values.AsEnumerable());
    }

    [Fact]
    public void Answer_MultiSelectWithUnknownValue_Fails()
    {
        var hereAndNow = HereAndNowStep();

        var result = DefaultEngine.Answer(hereAndNow, hereAndNow.Stamp, Raw((Reflection.Inputs.CuesShown, $"{Reflection.Cues.Silence.Value},shouting")), Later(5));

        var error = Assert.Single(RejectedWith<Rejection.ValidationFailed>(result, hereAndNow).Errors);
        Assert.Equal(Reflection.Inputs.CuesShown, error.Input);
    }

    [Fact]
    public void Answer_SomethingElseTickedWithoutOwnWords_FailsOnOwnWords()
    {
        var hereAndNow = HereAndNowStep();

        var result = DefaultEngine.Answer(hereAndNow, hereAndNow.Stamp, Raw((Reflection.Inputs.CuesShown, Reflection.Cues.SomethingElse.Value)), Later(5));

        var error = Assert.Single(RejectedWith<Rejection.ValidationFailed>(result, hereAndNow).Errors);
        Assert.Equal(Reflection.Inputs.CuesInOwnWords, error.Input);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Answer_Toggle_ParsesCardValues(string raw, bool expected)
    {
        var onSharing = Answered(Answered(StartQuickCheckIn(), (Quick.Inputs.HowTheWorkSits, "4")));

        var result = DefaultEngine.Answer(
            onSharing,
            onSharing.Stamp,
            Raw((CommonInputs.Sharing, CommonInputs.KeepPrivate.Value), (CommonInputs.RequestSupervisorContact, raw)),
            Later(3));

        Assert.True(result.IsSuccess);
        Assert.Equal(new AnswerValue.Toggle(expected), result.Session.Answers[CommonInputs.RequestSupervisorContact]);
    }

    [Fact]
    public void Answer_ToggleWithOtherValue_Fails()
    {
        var onSharing = Answered(Answered(StartQuickCheckIn(), (Quick.Inputs.HowTheWorkSits, "4")));

        var result = DefaultEngine.Answer(
            onSharing,
            onSharing.Stamp,
            Raw((CommonInputs.Sharing, CommonInputs.KeepPrivate.Value), (CommonInputs.RequestSupervisorContact, "maybe")),
            Later(3));

        var error = Assert.Single(RejectedWith<Rejection.ValidationFailed>(result, onSharing).Errors);
        Assert.Equal(CommonInputs.RequestSupervisorContact, error.Input);
    }

    [Fact]
    public void Answer_ToggleLeftOut_IsNotRequired()
    {
        var onSharing = Answered(Answered(StartQuickCheckIn(), (Quick.Inputs.HowTheWorkSits, "4")));

        var result = DefaultEngine.Answer(onSharing, onSharing.Stamp, Raw((CommonInputs.Sharing, CommonInputs.KeepPrivate.Value)), Later(3));

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void Answer_CaseLabelContainingClientsFirstName_FailsOnCaseLabel()
    {
        var start = StartSessionReflection();

        var result = DefaultEngine.Answer(
            start,
            start.Stamp,
            Raw((Reflection.Inputs.CaseLabel, "rowan (Tuesdays)"), (Reflection.Inputs.Phase, Reflection.Phases.Middle.Value), (Reflection.Inputs.ClientFirstName, "Rowan")),
            Later(1));

        var failed = RejectedWith<Rejection.ValidationFailed>(result, start);
        Assert.Equal([Reflection.Inputs.CaseLabel], failed.Errors.Select(error => error.Input));
        Assert.DoesNotContain(failed.Errors, error => error.Message.Contains("Rowan", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Answer_CaseLabelMerelyContainingNameLetters_IsAccepted()
    {
        var start = StartSessionReflection();

        var result = DefaultEngine.Answer(
            start,
            start.Stamp,
            Raw((Reflection.Inputs.CaseLabel, "Client Al"), (Reflection.Inputs.Phase, Reflection.Phases.Middle.Value), (Reflection.Inputs.ClientFirstName, "A")),
            Later(1));

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void Answer_RuptureWithoutRepair_FailsOnRepair()
    {
        var relationship = RelationshipStep();

        var result = DefaultEngine.Answer(relationship, relationship.Stamp, Raw((Reflection.Inputs.Rupture, Reflection.Ruptures.Confrontation.Value)), Later(5));

        var error = Assert.Single(RejectedWith<Rejection.ValidationFailed>(result, relationship).Errors);
        Assert.Equal(Reflection.Inputs.Repair, error.Input);
    }

    [Fact]
    public void Answer_NoRuptureWithoutRepair_IsAccepted()
    {
        var relationship = RelationshipStep();

        var result = DefaultEngine.Answer(relationship, relationship.Stamp, Raw((Reflection.Inputs.Rupture, Reflection.Ruptures.None.Value), (Reflection.Inputs.Trust, "3")), Later(5));

        Assert.True(result.IsSuccess);
        Assert.Equal(Reflection.Steps.You, result.Session.CurrentStep);
    }

    [Fact]
    public void Validate_StoredRedactionOnlyAnswer_IsAnError()
    {
        var answers = new Dictionary<InputId, AnswerValue>
        {
            [Reflection.Inputs.CaseLabel] = new AnswerValue.Text("Client A"),
            [Reflection.Inputs.Phase] = new AnswerValue.Choice(Reflection.Phases.Middle.Value),
            [Reflection.Inputs.ClientFirstName] = new AnswerValue.Text("Rowan"),
            [CommonInputs.Sharing] = new AnswerValue.Choice(CommonInputs.KeepPrivate.Value),
        };

        var errors = AnswerValidation.Validate(Reflection.Definition, answers);

        Assert.Equal([Reflection.Inputs.ClientFirstName], errors.Select(error => error.Input));
    }

    [Fact]
    public void Validate_AnswerOfTheWrongKind_IsAnError()
    {
        var answers = new Dictionary<InputId, AnswerValue>
        {
            [Quick.Inputs.HowTheWorkSits] = new AnswerValue.Choice("3"),
            [Quick.Inputs.OneSentence] = new AnswerValue.Toggle(true),
            [CommonInputs.Sharing] = new AnswerValue.Choice(CommonInputs.KeepPrivate.Value),
        };

        var errors = AnswerValidation.Validate(Quick.Definition, answers);

        Assert.Equal([Quick.Inputs.OneSentence], errors.Select(error => error.Input));
    }

    [Fact]
    public void Validate_AnswerToNoInputOfTheFlow_IsAnError()
    {
        var answers = new Dictionary<InputId, AnswerValue>
        {
            [Quick.Inputs.HowTheWorkSits] = new AnswerValue.Choice("3"),
            [CommonInputs.Sharing] = new AnswerValue.Choice(CommonInputs.KeepPrivate.Value),
            [Reflection.Inputs.Carrying] = new AnswerValue.Text("Belongs to the other flow."),
        };

        var errors = AnswerValidation.Validate(Quick.Definition, answers);

        Assert.Equal([Reflection.Inputs.Carrying], errors.Select(error => error.Input));
    }

    [Fact]
    public void Validate_RequiredStepMissing_IsAnError()
    {
        var answers = new Dictionary<InputId, AnswerValue> { [Quick.Inputs.HowTheWorkSits] = new AnswerValue.Choice("3") };

        var errors = AnswerValidation.Validate(Quick.Definition, answers);

        Assert.Equal([CommonInputs.Sharing], errors.Select(error => error.Input));
    }

    private static ReflectionSession CaseAnswered() =>
        Answered(StartSessionReflection(), (Reflection.Inputs.CaseLabel, "Client A"), (Reflection.Inputs.Phase, Reflection.Phases.Middle.Value));

    private static ReflectionSession HereAndNowStep()
    {
        var session = Skipped(CaseAnswered());
        Assert.Equal(Reflection.Steps.HereAndNow, session.CurrentStep);
        return session;
    }

    private static ReflectionSession RelationshipStep()
    {
        var session = Skipped(HereAndNowStep());
        Assert.Equal(Reflection.Steps.Relationship, session.CurrentStep);
        return session;
    }
}
