using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;
using static SupervisionBot.Bot.Tests.Infrastructure.DialogsFixture;
using Quick = SupervisionBot.Dialogs.Flows.QuickCheckInFlow;

namespace SupervisionBot.Bot.Tests.Dialogs.Engine;

public class ReflectionSessionTests
{
    [Fact]
    public void Equals_SameStateBuiltTwice_IsEqualThoughAnswersAreDifferentInstances()
    {
        var first = Answered(StartQuickCheckIn(), (Quick.Inputs.HowTheWorkSits, "4"));
        var second = Answered(StartQuickCheckIn(), (Quick.Inputs.HowTheWorkSits, "4"));

        Assert.NotSame(first.Answers, second.Answers);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentAnswer_IsNotEqual()
    {
        var first = Answered(StartQuickCheckIn(), (Quick.Inputs.HowTheWorkSits, "4"));
        var second = Answered(StartQuickCheckIn(), (Quick.Inputs.HowTheWorkSits, "5"));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Stamp_InReview_NamesTheReview()
    {
        var review = QuickCheckInInReview();

        Assert.Equal(new SessionStamp(review.Id, StepId.Review, review.Version), review.Stamp);
    }
}
