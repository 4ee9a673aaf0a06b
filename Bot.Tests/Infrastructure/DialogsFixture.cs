using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>Shared starting points for the Dialogs tests: the real engine, the real flows, a fixed clock.</summary>
internal static class DialogsFixture
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly Guid SessionId = new("6f1c2a53-8a4e-4bd1-9a8e-0c4f3b7d2e11");

    public static ReflectionEngine DefaultEngine { get; } = new(FlowCatalog.Standard);

    public static Dictionary<string, string> Raw(params (InputId Input, string Value)[] values) =>
        values.ToDictionary(pair => pair.Input.Value, pair => pair.Value);

    public static Dictionary<string, string> NoValues() => [];

    public static DateTimeOffset Later(int minutes) => T0.AddMinutes(minutes);

    public static ReflectionSession StartQuickCheckIn() => DefaultEngine.Start(QuickCheckInFlow.Id, SessionId, T0);

    public static ReflectionSession StartSessionReflection() => DefaultEngine.Start(SessionReflectionFlow.Id, SessionId, T0);

    /// <summary>Answers a step and insists it was accepted, returning the new session.</summary>
    public static ReflectionSession Answered(ReflectionSession session, params (InputId Input, string Value)[] values)
    {
        var result = DefaultEngine.Answer(session, session.Stamp, Raw(values), Later(session.Version));
        Assert.True(result.IsSuccess, $"Expected the answer to be accepted, but got {result.Rejection}.");
        return result.Session;
    }

    public static ReflectionSession Skipped(ReflectionSession session)
    {
        var result = DefaultEngine.Skip(session, session.Stamp, Later(session.Version));
        Assert.True(result.IsSuccess, $"Expected the skip to be accepted, but got {result.Rejection}.");
        return result.Session;
    }

    /// <summary>A quick check-in answered to the review: rating 2, a sentence, shared with the supervisor.</summary>
    public static ReflectionSession QuickCheckInInReview()
    {
        var session = Answered(StartQuickCheckIn(), (QuickCheckInFlow.Inputs.HowTheWorkSits, "2"));
        session = Answered(session, (QuickCheckInFlow.Inputs.OneSentence, "Client A's ending is stirring things up for me."));
        return Answered(
            session,
            (CommonInputs.Sharing, CommonInputs.ShareWithSupervisor.Value),
            (CommonInputs.RequestSupervisorContact, RawAnswers.ToggleOff));
    }

    public static T RejectedWith<T>(TransitionResult result, ReflectionSession unchanged)
        where T : Rejection
    {
        Assert.False(result.IsSuccess);
        Assert.Same(unchanged, result.Session);
        return Assert.IsType<T>(result.Rejection);
    }
}
