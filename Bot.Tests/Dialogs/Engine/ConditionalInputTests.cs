using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;
using static SupervisionBot.Bot.Tests.Infrastructure.DialogsFixture;
using Reflection = SupervisionBot.Dialogs.Flows.SessionReflectionFlow;

namespace SupervisionBot.Bot.Tests.Dialogs.Engine;

/// <summary>
/// Follow-ups an earlier answer calls for: the contact offer after a risk concern, and the
/// "going deeper" card. A card cannot reveal an input without a round trip, so an answer that
/// calls for a follow-up on the same card keeps the therapist on that card with it revealed.
/// </summary>
public class ConditionalInputTests
{
    public static TheoryData<string> Concerns =>
        [Reflection.Risks.ToClient.Value, Reflection.Risks.ToOthers.Value, Reflection.Risks.Safeguarding.Value, Reflection.Risks.NotSure.Value];

    [Fact]
    public void RiskCard_BeforeAnyConcern_DoesNotShowTheContactOffer()
    {
        var view = DefaultEngine.CurrentStep(AtRisk(howHeld: "3"))!;

        Assert.Equal(Reflection.Steps.Risk, view.Step.Id);
        Assert.DoesNotContain(view.Inputs, input => input.Id == CommonInputs.RequestSupervisorContact);
    }

    [Theory]
    [MemberData(nameof(Concerns))]
    public void Answer_AnyConcernButNone_StaysOnTheRiskCardWithTheContactOfferRevealed(string concern)
    {
        var atRisk = AtRisk(howHeld: "3");

        var revealed = Answered(atRisk, (Reflection.Inputs.Risk, concern));

        Assert.Equal(Reflection.Steps.Risk, revealed.CurrentStep);
        Assert.Equal(SessionStatus.InProgress, revealed.Status);
        Assert.Equal(new AnswerValue.Choices([concern]), revealed.Answers[Reflection.Inputs.Risk]);
        var view = DefaultEngine.CurrentStep(revealed)!;
        Assert.Contains(view.Inputs, input => input.Id == CommonInputs.RequestSupervisorContact);
        Assert.Equal(atRisk.Version + 1, revealed.Version);
    }

    [Fact]
    public void Answer_ContactOfferTakenUp_MovesOnAndKeepsTheRequest()
    {
        var revealed = Answered(AtRisk(howHeld: "3"), (Reflection.Inputs.Risk, Reflection.Risks.ToClient.Value));

        var next = Answered(revealed, (Reflection.Inputs.Risk, Reflection.Risks.ToClient.Value), (CommonInputs.RequestSupervisorContact, RawAnswers.ToggleOn));

        Assert.Equal(Reflection.Steps.HereAndNow, next.CurrentStep);
        Assert.Equal(new AnswerValue.Toggle(true), next.Answers[CommonInputs.RequestSupervisorContact]);
    }

    [Fact]
    public void Answer_ContactOfferLeftOff_MovesOnWithoutForcingIt()
    {
        var revealed = Answered(AtRisk(howHeld: "3"), (Reflection.Inputs.Risk, Reflection.Risks.NotSure.Value));

        var next = Answered(revealed, (Reflection.Inputs.Risk, Reflection.Risks.NotSure.Value), (CommonInputs.RequestSupervisorContact, RawAnswers.ToggleOff));

        Assert.Equal(Reflection.Steps.HereAndNow, next.CurrentStep);
        Assert.Equal(new AnswerValue.Toggle(false), next.Answers[CommonInputs.RequestSupervisorContact]);
    }

    [Fact]
    public void Answer_NoneThatINoticed_MovesStraightOnWithNoOffer()
    {
        var next = Answered(AtRisk(howHeld: "3"), (Reflection.Inputs.Risk, Reflection.Risks.None.Value));

        Assert.Equal(Reflection.Steps.HereAndNow, next.CurrentStep);
        Assert.False(next.Answers.ContainsKey(CommonInputs.RequestSupervisorContact));
    }

    [Fact]
    public void Answer_NoneTogetherWithAConcern_IsRejectedOnTheRiskInput()
    {
        var atRisk = AtRisk(howHeld: "3");

        var result = DefaultEngine.Answer(atRisk, atRisk.Stamp, Raw((Reflection.Inputs.Risk, $"{Reflection.Risks.ToOthers.Value},{Reflection.Risks.None.Value}")), Later(9));

        var error = Assert.Single(RejectedWith<Rejection.ValidationFailed>(result, atRisk).Errors);
        Assert.Equal(Reflection.Inputs.Risk, error.Input);
    }

    [Fact]
    public void NotHeldAtAll_BringsUpTheContactOfferOnTheRiskCardAtOnce()
    {
        var view = DefaultEngine.CurrentStep(AtRisk(howHeld: Reflection.NotHeldAtAll.Value))!;

        Assert.Equal(Reflection.Steps.Risk, view.Step.Id);
        Assert.Contains(view.Inputs, input => input.Id == CommonInputs.RequestSupervisorContact);
    }

    [Fact]
    public void ConcernTakenBack_DropsTheContactRequestItBroughtUp()
    {
        var revealed = Answered(AtRisk(howHeld: "3"), (Reflection.Inputs.Risk, Reflection.Risks.Safeguarding.Value));
        var onward = Answered(revealed, (Reflection.Inputs.Risk, Reflection.Risks.Safeguarding.Value), (CommonInputs.RequestSupervisorContact, RawAnswers.ToggleOn));
        var back = DefaultEngine.Back(onward, onward.Stamp, Later(20)).Session;

        var changed = Answered(back, (Reflection.Inputs.Risk, Reflection.Risks.None.Value), (CommonInputs.RequestSupervisorContact, RawAnswers.ToggleOn));

        Assert.Equal(Reflection.Steps.HereAndNow, changed.CurrentStep);
        Assert.False(changed.Answers.ContainsKey(CommonInputs.RequestSupervisorContact));
    }

    [Fact]
    public void Validate_ContactRequestWithoutAnythingThatCallsForIt_IsAnError()
    {
        var answers = WorkedExamples_WithoutConcern();

        var errors = AnswerValidation.Validate(Reflection.Definition, answers.SetItem(CommonInputs.RequestSupervisorContact, new AnswerValue.Toggle(true)));

        Assert.Equal(CommonInputs.RequestSupervisorContact, Assert.Single(errors).Input);
    }

    [Fact]
    public void GoingDeeper_NothingTicked_IsNotAsked_AndIsNotCounted()
    {
        var atYou = AtYou();
        var before = DefaultEngine.CurrentStep(atYou)!;

        var next = Answered(atYou, (Reflection.Inputs.HowYouAre, "3"));

        Assert.Equal(Reflection.Steps.ForSupervision, next.CurrentStep);
        Assert.Equal(Reflection.Definition.Steps.Length - 1, before.Count);
        Assert.DoesNotContain(DefaultEngine.Review(next).Steps, step => step.Step == Reflection.Steps.GoingDeeper);
    }

    [Fact]
    public void GoingDeeper_TwoAreasTicked_AsksJustThoseTwo_AndBackReturnsToYou()
    {
        var atYou = AtYou();

        var deeper = Answered(atYou, (Reflection.Inputs.GoDeeper, $"{Reflection.Deeper.Difference.Value},{Reflection.Deeper.WiderContext.Value}"));
        var view = DefaultEngine.CurrentStep(deeper)!;

        Assert.Equal(Reflection.Steps.GoingDeeper, view.Step.Id);
        Assert.Equal([Reflection.Inputs.Difference, Reflection.Inputs.WiderContext], view.Inputs.Select(input => input.Id));
        Assert.Equal(Reflection.Definition.Steps.Length, view.Count);
        Assert.Equal(Reflection.Steps.You, DefaultEngine.Back(deeper, deeper.Stamp, Later(40)).Session.CurrentStep);
    }

    [Fact]
    public void GoingDeeper_AnswersOfAnAreaUnticked_AreDropped()
    {
        var deeper = Answered(AtYou(), (Reflection.Inputs.GoDeeper, Reflection.Deeper.Ethics.Value));
        var answered = Answered(deeper, (Reflection.Inputs.Ethics, "She offered me a gift."));
        var back = DefaultEngine.Back(answered, answered.Stamp, Later(50)).Session;
        back = DefaultEngine.Back(back, back.Stamp, Later(51)).Session;

        var untick = Answered(back, (Reflection.Inputs.HowYouAre, "3"));

        Assert.Equal(Reflection.Steps.ForSupervision, untick.CurrentStep);
        Assert.False(untick.Answers.ContainsKey(Reflection.Inputs.Ethics));
    }

    private static System.Collections.Immutable.ImmutableDictionary<InputId, AnswerValue> WorkedExamples_WithoutConcern() =>
        SupervisionBot.Dialogs.Examples.WorkedExamples.WarinessGentlyNamed.Answers;

    private static ReflectionSession AtRisk(string howHeld)
    {
        var session = Answered(StartSessionReflection(), (Reflection.Inputs.CaseLabel, "Client A"), (Reflection.Inputs.Phase, Reflection.Phases.Middle.Value));
        session = Answered(session, (Reflection.Inputs.HowHeld, howHeld));
        Assert.Equal(Reflection.Steps.Risk, session.CurrentStep);
        return session;
    }

    private static ReflectionSession AtYou()
    {
        var session = Answered(AtRisk(howHeld: "4"), (Reflection.Inputs.Risk, Reflection.Risks.None.Value));
        session = Skipped(Skipped(Skipped(session)));
        Assert.Equal(Reflection.Steps.You, session.CurrentStep);
        return session;
    }
}
