using System.Text.Json;
using System.Text.Json.Nodes;
using SupervisionBot.Bot.Teams;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Model;
using SupervisionBot.Cards.Reflection;
using SupervisionBot.Cards.Serialization;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;
using static SupervisionBot.Bot.Tests.Infrastructure.ReflectionCardSamples;
using Quick = SupervisionBot.Dialogs.Flows.QuickCheckInFlow;
using Session = SupervisionBot.Dialogs.Flows.SessionReflectionFlow;

namespace SupervisionBot.Bot.Tests.Cards.Reflection;

/// <summary>
/// A button's journey through JSON: the card as sent, its data object, the inputs a client merges
/// in, the press the bot reads (<see cref="ButtonPress"/>), and the engine action it turns back into.
/// </summary>
public class SessionButtonDataTests
{
    [Fact]
    public void NextButton_MergedWithInputsAndFlattened_ParsesToTheAnswerActionWithTheStepsStamp()
    {
        var view = Step(Quick.Id, 3);
        var json = JsonNode.Parse(CardSerializer.Serialize(StepCard.Create(view, [])))!;

        var press = Read(Merge(DataOf(json, ReflectionVerbs.Next), new JsonObject
        {
            [CommonInputs.Sharing.Value] = CommonInputs.ShareWithGroup.Value,
            [CommonInputs.RequestSupervisorContact.Value] = RawAnswers.ToggleOn,
        }));

        Assert.Equal(ReflectionVerbs.Next, press.Data.Verb);
        Assert.True(SessionButtons.TryRead(press.Data, out var action));
        Assert.Equal(SessionVerb.Answer, action.Verb);
        Assert.Equal(view.Stamp, action.Stamp);
        Assert.Equal(CommonInputs.ShareWithGroup.Value, press.Values[CommonInputs.Sharing.Value]);
    }

    [Fact]
    public void NextButton_Submission_IsAcceptedByTheEngine()
    {
        var session = Engine.Start(Quick.Id, SessionId, T0);
        var json = JsonNode.Parse(CardSerializer.Serialize(StepCard.Create(Engine.CurrentStep(session)!, [])))!;
        var press = Read(Merge(DataOf(json, ReflectionVerbs.Next), new JsonObject { [Quick.Inputs.HowTheWorkSits.Value] = "4" }));

        Assert.True(SessionButtons.TryRead(press.Data, out var action));
        var result = Engine.Apply(session, action, press.Values, T0.AddMinutes(1));

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
            Assert.True(SessionButtons.TryRead(Read(edit["data"]!.AsObject()).Data, out var action));
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

        var matching = buttons.Where(button => SessionButtons.TryRead(button.Data, out var action) && action.Verb == verb).ToList();

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
    public void Serialize_SessionData_IsWrittenFlatBesideTheVerb_WithOneVerbOnly()
    {
        var data = SessionButtons.DataFor(new SessionAction(SessionVerb.Skip, new SessionStamp(SessionId, Session.Steps.You, 4)));
        var card = new AdaptiveCard { Body = [new TextBlock("x")], Actions = [ExecuteAction.For("Skip", data)] };

        var written = JsonNode.Parse(CardSerializer.Serialize(card))!["actions"]![0]!["data"]!.AsObject();

        Assert.Equal(["_session", "_step", "_version", "verb"], written.Select(pair => pair.Key).Order(StringComparer.Ordinal));
        Assert.Equal(ReflectionVerbs.Skip, (string?)written["verb"]);
        Assert.Equal(SessionId.ToString("D"), (string?)written["_session"]);
        Assert.Equal(4, (int?)written["_version"]);
    }

    [Fact]
    public void Read_ASubmissionWithSessionDataAndInputs_KeepsTheInputsOutOfTheData()
    {
        var original = SessionButtons.DataFor(new SessionAction(SessionVerb.Answer, new SessionStamp(SessionId, Quick.Steps.Rating, 2)));
        var json = JsonNode.Parse(JsonSerializer.Serialize(original, CardJsonContext.Default.CardActionData))!.AsObject();
        json[Quick.Inputs.HowTheWorkSits.Value] = "3";

        var press = Read(json);

        Assert.Equal(original, press.Data);
        Assert.Equal("3", press.Values[Quick.Inputs.HowTheWorkSits.Value]);
    }

    [Fact]
    public void Read_ACardDrawnBeforeTheVersionWasANumber_StillReadsItsStamp()
    {
        using var document = JsonDocument.Parse($$"""{"verb":"reflection.next","_verb":"Answer","_session":"{{SessionId}}","_step":"case","_version":"3"}""");

        var data = CardSerializer.ReadActionData(document.RootElement)!;

        Assert.True(SessionButtons.TryRead(data, out var action));
        Assert.Equal(new SessionAction(SessionVerb.Answer, new SessionStamp(SessionId, Session.Steps.TheCase, 3)), action);
    }

    [Fact]
    public void ReadActionData_CommandButtonData_StillReadsAsBefore()
    {
        using var document = JsonDocument.Parse("""{"verb":"help","argument":"x","unknown":{"nested":true}}""");

        var read = CardSerializer.ReadActionData(document.RootElement);

        Assert.Equal(new CardActionData("help") { Argument = "x" }, read);
        Assert.Null(read!.Session);
    }

    [Theory]
    [InlineData("""{"argument":"x"}""")]
    [InlineData("""{"verb":7}""")]
    [InlineData("""{"verb":"   "}""")]
    [InlineData("""{"verb":"reflection.next","_version":"three"}""")]
    [InlineData("""{"verb":"reflection.next","_session":"not-a-guid"}""")]
    [InlineData("""["help"]""")]
    public void ReadActionData_DataWithoutAUsableVerbOrWithWrongTypes_IsNull(string text)
    {
        using var document = JsonDocument.Parse(text);

        Assert.Null(CardSerializer.ReadActionData(document.RootElement));
    }

    [Fact]
    public void TryRead_TheDataOfEveryAction_GivesTheActionBack()
    {
        var action = new SessionAction(SessionVerb.Edit, new SessionStamp(SessionId, StepId.Review, 7), Quick.Steps.Sentence);

        Assert.True(SessionButtons.TryRead(SessionButtons.DataFor(action), out var read));
        Assert.Equal(action, read);
    }

    public static TheoryData<CardActionData> MangledData => new()
    {
        new CardActionData("reflection.explode") { Session = SessionId, Step = "case", Version = 1 },
        new CardActionData(ReflectionVerbs.Next) { Step = "case", Version = 1 },
        new CardActionData(ReflectionVerbs.Next) { Session = SessionId, Step = "case", Version = -1 },
        new CardActionData(ReflectionVerbs.Next) { Session = SessionId, Step = "", Version = 1 },
        new CardActionData(ReflectionVerbs.Next) { Session = SessionId, Step = "case" },
        new CardActionData(ReflectionVerbs.Edit) { Session = SessionId, Step = "review", Version = 4 },
        new CardActionData(ReflectionVerbs.Resume),
    };

    [Theory]
    [MemberData(nameof(MangledData))]
    public void TryRead_NotASessionVerbOrAMissingOrMangledStamp_IsFalse(CardActionData data)
    {
        Assert.False(SessionButtons.TryRead(data, out _));
    }

    [Fact]
    public void FlowInputIds_NeverCollideWithTheButtonsOwnFields()
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(
            new CardActionData("x") { Argument = "a", Session = SessionId, Step = "s", Version = 1, EditStep = "e" },
            CardJsonContext.Default.CardActionData))!.AsObject();
        var keys = json.Select(pair => pair.Key).ToList();

        Assert.Equal(6, keys.Count);
        Assert.DoesNotContain(FlowCatalog.Standard.All.SelectMany(flow => flow.AllInputs), input => keys.Contains(input.Id.Value));
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

    /// <summary>What the bot does with a submission: the one reader of button payloads.</summary>
    internal static ButtonPress Read(JsonObject submission) =>
        ButtonPress.Read(submission.ToJsonString()) ?? throw new InvalidOperationException("The bot could not read the submission.");
}
