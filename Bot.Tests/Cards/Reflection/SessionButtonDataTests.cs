using System.Text.Json;
using System.Text.Json.Nodes;
using SupervisionBot.Cards.Model;
using SupervisionBot.Cards.Reflection;
using SupervisionBot.Cards.Serialization;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;
using static SupervisionBot.Bot.Tests.Cards.Reflection.ReflectionCardSamples;
using Quick = SupervisionBot.Dialogs.Flows.QuickCheckInFlow;
using Session = SupervisionBot.Dialogs.Flows.SessionReflectionFlow;

namespace SupervisionBot.Bot.Tests.Cards.Reflection;

/// <summary>
/// A button's journey through JSON: the card as sent, its data object, the inputs a client merges
/// in, the flat submission the bot reads, and the engine action it turns back into.
/// </summary>
public class SessionButtonDataTests
{
    [Fact]
    public void NextButton_MergedWithInputsAndFlattened_ParsesToTheAnswerActionWithTheStepsStamp()
    {
        var view = Step(Quick.Id, 3);
        var json = JsonNode.Parse(CardSerializer.Serialize(StepCard.Create(view, [])))!;

        var submission = Flatten(Merge(DataOf(json, ReflectionVerbs.Next), new JsonObject
        {
            [CommonInputs.Sharing.Value] = CommonInputs.ShareWithGroup.Value,
            [CommonInputs.RequestSupervisorContact.Value] = RawAnswers.ToggleOn,
        }));

        Assert.Equal(ReflectionVerbs.Next, submission["verb"]);
        Assert.True(SessionAction.TryParse(submission, out var action));
        Assert.Equal(SessionVerb.Answer, action.Verb);
        Assert.Equal(view.Stamp, action.Stamp);
        Assert.Equal(CommonInputs.ShareWithGroup.Value, submission[CommonInputs.Sharing.Value]);
    }

    [Fact]
    public void NextButton_Submission_IsAcceptedByTheEngine()
    {
        var session = Engine.Start(Quick.Id, SessionId, T0);
        var json = JsonNode.Parse(CardSerializer.Serialize(StepCard.Create(Engine.CurrentStep(session)!, [])))!;
        var submission = Flatten(Merge(DataOf(json, ReflectionVerbs.Next), new JsonObject { [Quick.Inputs.HowTheWorkSits.Value] = "4" }));

        Assert.True(SessionAction.TryParse(submission, out var action));
        var result = Engine.Apply(session, action, submission, T0.AddMinutes(1));

        Assert.True(result.IsSuccess, $"{result.Rejection}");
        Assert.Equal(Quick.Steps.Sentence, result.Session.CurrentStep);
    }

    [Fact]
    public void EditButton_OnTheReview_ParsesToAnEditOfItsStep()
    {
        var review = Review(Session.Id);
        var json = JsonNode.Parse(CardSerializer.Serialize(ReviewCard.Create(review)))!;

        var edits = json["body"]!.AsArray()
            .Where(element => (string?)element!["type"] == "ActionSet")
            .Select(set => set!["actions"]![0]!.AsObject())
            .Where(action => (string?)action["verb"] == ReflectionVerbs.Edit)
            .ToList();

        Assert.Equal(review.Steps.Select(step => step.Step), edits.Select(edit =>
        {
            Assert.Equal(ReflectionVerbs.Edit, (string?)edit["verb"]);
            Assert.True(SessionAction.TryParse(Flatten(edit["data"]!.AsObject()), out var action));
            Assert.Equal(SessionVerb.Edit, action.Verb);
            Assert.Equal(review.Stamp, action.Stamp);
            return action.EditStep!.Value;
        }));
    }

    public static TheoryData<string> SessionVerbs => [.. Enum.GetValues<SessionVerb>().Select(verb => verb.ToString())];

    [Theory]
    [MemberData(nameof(SessionVerbs))]
    public void SessionButtons_ForEveryEngineVerb_CarryTheMatchingReflectionVerbAndEngineVerb(string name)
    {
        var verb = Enum.Parse<SessionVerb>(name);
        var cards = new[]
        {
            StepCard.Create(Step(Session.Id, 2), []),
            StepCard.Create(Editing(Session.Id, Session.Steps.You), []),
            ReviewCard.Create(Review(Session.Id)),
        };
        var buttons = cards.SelectMany(CardContents.Buttons).Where(button => button.Data.Session is not null).ToList();

        var matching = buttons.Where(button => button.Data.Session![SessionAction.Keys.Verb] == name).ToList();

        // Resume from a step card is not offered: the notices' Resume finds the open reflection itself.
        if (verb != SessionVerb.Resume)
        {
            Assert.NotEmpty(matching);
        }

        Assert.All(matching, button =>
        {
            Assert.Equal(ReflectionVerbs.For(verb), button.Verb);
            Assert.Equal(button.Verb, button.Data.Verb);
        });
    }

    [Fact]
    public void Serialize_SessionData_IsWrittenFlatBesideTheVerb()
    {
        var data = new CardActionData(ReflectionVerbs.Skip)
        {
            Session = new SessionAction(SessionVerb.Skip, new SessionStamp(SessionId, Session.Steps.You, 4)).ToCardData(),
        };
        var card = new AdaptiveCard { Body = [new TextBlock("x")], Actions = [ExecuteAction.For("Skip", data)] };

        var written = JsonNode.Parse(CardSerializer.Serialize(card))!["actions"]![0]!["data"]!.AsObject();

        Assert.Equal(
            ["_session", "_step", "_verb", "_version", "verb"],
            written.Select(pair => pair.Key).Order(StringComparer.Ordinal));
        Assert.All(written, pair => Assert.Equal(JsonValueKind.String, pair.Value!.GetValueKind()));
        Assert.Equal(ReflectionVerbs.Skip, (string?)written["verb"]);
        Assert.Equal(nameof(SessionVerb.Skip), (string?)written[SessionAction.Keys.Verb]);
    }

    [Fact]
    public void ReadActionData_ASubmissionWithSessionDataAndInputs_ReadsTheSessionKeysOnly()
    {
        var action = new SessionAction(SessionVerb.Answer, new SessionStamp(SessionId, Quick.Steps.Rating, 2));
        var original = new CardActionData(ReflectionVerbs.Next) { Session = action.ToCardData() };
        var json = JsonNode.Parse(JsonSerializer.Serialize(original, CardJsonContext.Default.CardActionData))!.AsObject();
        json[Quick.Inputs.HowTheWorkSits.Value] = "3";
        using var document = JsonDocument.Parse(json.ToJsonString());

        var read = CardSerializer.ReadActionData(document.RootElement);

        Assert.Equal(original, read);
        Assert.DoesNotContain(Quick.Inputs.HowTheWorkSits.Value, read!.Session!.Keys);
    }

    [Fact]
    public void ReadActionData_CommandButtonData_StillReadsAsBefore()
    {
        using var document = JsonDocument.Parse("""{"verb":"help","version":3,"argument":"x","unknown":{"nested":true}}""");

        var read = CardSerializer.ReadActionData(document.RootElement);

        Assert.Equal(new CardActionData("help") { Version = 3, Argument = "x" }, read);
        Assert.Null(read!.Session);
    }

    [Theory]
    [InlineData("""{"version":3}""")]
    [InlineData("""{"verb":7}""")]
    [InlineData("""{"verb":"help","version":"three"}""")]
    [InlineData("""["help"]""")]
    public void ReadActionData_DataWithoutAUsableVerbOrWithWrongTypes_IsNull(string text)
    {
        using var document = JsonDocument.Parse(text);

        Assert.Null(CardSerializer.ReadActionData(document.RootElement));
    }

    [Fact]
    public void Session_AKeyWithoutTheUnderscore_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new CardActionData("x") { Session = new Dictionary<string, string> { ["verb"] = "y" } });
    }

    /// <summary>The data object of the one card-level button with this verb.</summary>
    internal static JsonObject DataOf(JsonNode card, string verb)
    {
        var button = Assert.Single(card["actions"]!.AsArray(), action => (string?)action!["verb"] == verb)!;
        Assert.Equal("Action.Execute", (string?)button["type"]);
        return button["data"]!.AsObject();
    }

    /// <summary>What a client does on a press: the input values copied into the button's data object.</summary>
    internal static JsonObject Merge(JsonObject data, JsonObject inputs)
    {
        var merged = data.DeepClone().AsObject();
        foreach (var (key, value) in inputs)
        {
            merged[key] = value?.DeepClone();
        }

        return merged;
    }

    /// <summary>What the bot does with a submission: every top-level value as a string.</summary>
    internal static Dictionary<string, string> Flatten(JsonObject submission) =>
        submission.ToDictionary(
            pair => pair.Key,
            pair => pair.Value!.GetValueKind() == JsonValueKind.String ? pair.Value.GetValue<string>() : pair.Value.ToJsonString());
}
