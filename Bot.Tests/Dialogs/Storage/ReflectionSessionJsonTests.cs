using System.Text.Json;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;
using SupervisionBot.Dialogs.Storage;
using static SupervisionBot.Bot.Tests.Infrastructure.DialogsFixture;
using Reflection = SupervisionBot.Dialogs.Flows.SessionReflectionFlow;

namespace SupervisionBot.Bot.Tests.Dialogs.Storage;

public class ReflectionSessionJsonTests
{
    [Fact]
    public void Deserialize_SerializedSession_GivesBackTheSameSession()
    {
        var session = SessionWithEveryKindOfAnswer();

        var restored = ReflectionSessionJson.Deserialize(ReflectionSessionJson.Serialize(session));

        Assert.Equal(session, restored);
        Assert.NotSame(session.Answers, restored.Answers);
    }

    [Fact]
    public void Deserialize_RestoredSession_CarriesOnInTheEngine()
    {
        var session = SessionWithEveryKindOfAnswer();
        var restored = ReflectionSessionJson.Deserialize(ReflectionSessionJson.Serialize(session));

        var result = DefaultEngine.Skip(restored, session.Stamp, Later(20));

        Assert.True(result.IsSuccess);
        Assert.Equal(Reflection.Steps.You, result.Session.CurrentStep);
    }

    [Fact]
    public void Serialize_Session_UsesPlainIdsAndNamedStatus()
    {
        using var json = JsonDocument.Parse(ReflectionSessionJson.Serialize(SessionWithEveryKindOfAnswer()));
        var root = json.RootElement;

        Assert.Equal("sessionReflection", root.GetProperty("flowId").GetString());
        Assert.Equal("relationship", root.GetProperty("currentStep").GetString());
        Assert.Equal("InProgress", root.GetProperty("status").GetString());
        Assert.Equal("choices", root.GetProperty("answers").GetProperty("cuesShown").GetProperty("kind").GetString());
        Assert.True(root.TryGetProperty("savedForLaterAt", out _));
        Assert.False(root.TryGetProperty("stamp", out _));
        Assert.False(root.TryGetProperty("isOpen", out _));
    }

    [Fact]
    public void Serialize_SessionNeverSavedForLater_LeavesThatOut()
    {
        using var json = JsonDocument.Parse(ReflectionSessionJson.Serialize(StartQuickCheckIn()));

        Assert.False(json.RootElement.TryGetProperty("savedForLaterAt", out _));
    }

    [Fact]
    public void Serialize_SessionWhereFirstNameWasGiven_NeverContainsIt()
    {
        var session = Answered(StartSessionReflection(), (Reflection.Inputs.CaseLabel, "Client A"), (Reflection.Inputs.Phase, Reflection.Phases.Middle.Value), (Reflection.Inputs.ClientFirstName, "Rowan"));

        Assert.DoesNotContain("Rowan", ReflectionSessionJson.Serialize(session), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Deserialize_NotASession_Throws()
    {
        Assert.ThrowsAny<JsonException>(() => ReflectionSessionJson.Deserialize("null"));
        Assert.ThrowsAny<JsonException>(() => ReflectionSessionJson.Deserialize("{\"answers\": 3}"));
        Assert.ThrowsAny<JsonException>(() => ReflectionSessionJson.Deserialize("{}"));
    }

    private static ReflectionSession SessionWithEveryKindOfAnswer()
    {
        var session = Answered(StartSessionReflection(), (Reflection.Inputs.CaseLabel, "Client A"), (Reflection.Inputs.Phase, Reflection.Phases.Middle.Value));
        session = Answered(session, (Reflection.Inputs.HowHeld, "3"), (Reflection.Inputs.FrameNotes, "A break is coming.\nShe knows."));
        session = Answered(session, (Reflection.Inputs.CuesShown, $"{Reflection.Cues.Silence.Value},{Reflection.Cues.LowVoice.Value}"));
        var saved = DefaultEngine.SaveForLater(session, session.Stamp, Raw((Reflection.Inputs.Trust, "2")), Later(15));
        Assert.True(saved.IsSuccess);
        var resumed = DefaultEngine.Resume(saved.Session, Later(16)).Session;
        return DefaultEngine.SaveForLater(resumed, resumed.Stamp, Raw((Reflection.Inputs.Trust, "2")), Later(17)).Session;
    }
}
