using System.Text.Json;
using System.Text.Json.Nodes;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;
using SupervisionBot.Dialogs.Storage;
using static SupervisionBot.Bot.Tests.Infrastructure.ArchiveDocuments;
using Session = SupervisionBot.Dialogs.Flows.SessionReflectionFlow.Inputs;

namespace SupervisionBot.Bot.Tests.Bot.Archive;

/// <summary>Documents built from real sessions, answered through the real engine and flows.</summary>
public sealed class ReflectionDocumentTests
{
    private static readonly DateTimeOffset Started = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Confirmed = Started.AddMinutes(7);
    private static readonly ReflectionEngine Engine = new(FlowCatalog.Standard);

    [Fact]
    public void From_ConfirmedQuickCheckIn_SortsRatingAndTextAndLiftsSharing()
    {
        var session = ConfirmedQuickCheckIn();

        var document = ReflectionDocument.From(session, QuickCheckInFlow.Definition, Alice, Group, Confirmed);

        Assert.Equal(ReflectionDocument.CurrentSchemaVersion, document.SchemaVersion);
        Assert.Equal(session.Id, document.Id);
        Assert.Equal(Alice, document.Author);
        Assert.Equal(Group, document.Group);
        Assert.Equal(ReflectionSharing.Group, document.Sharing);
        Assert.True(document.RequestsSupervisorContact);
        Assert.Equal("quickCheckIn", document.Flow);
        Assert.Equal("Quick check-in", document.FlowTitle);
        Assert.Null(document.CaseLabel);
        Assert.Equal(new Dictionary<string, string> { ["howTheWorkSits"] = "2" }, document.Ratings);
        Assert.Equal(new Dictionary<string, string> { ["oneSentence"] = "Client A's ending is stirring things up for me." }, document.Texts);
        // The sharing choice and the safeguarding offer have fields of their own, so they are not repeated here.
        Assert.Empty(document.Choices);
        Assert.Equal(Started, document.StartedAt);
        Assert.Equal(Confirmed, document.ConfirmedAt);
    }

    [Fact]
    public void From_ConfirmedSessionReflection_PutsEachAnswerInTheMapOfItsKind()
    {
        var session = ConfirmedSessionReflection();

        var document = ReflectionDocument.From(session, SessionReflectionFlow.Definition, Alice, null, Confirmed);

        Assert.Equal("Client A", document.CaseLabel);
        Assert.Equal(ReflectionSharing.Supervisor, document.Sharing);
        Assert.False(document.RequestsSupervisorContact);
        Assert.Equal(new Dictionary<string, string> { ["howHeld"] = "4", ["caring"] = "3" }, document.Ratings);
        Assert.Equal(["cuesShown", "frameHeld", "phase", "rupture"], document.Choices.Keys);
        Assert.Equal(["middle"], document.Choices["phase"].ToArray());
        Assert.Equal(["stretched"], document.Choices["frameHeld"].ToArray());
        Assert.Equal(["wariness", "leaningBack"], document.Choices["cuesShown"].ToArray());
        Assert.Equal(["none"], document.Choices["rupture"].ToArray());
        Assert.Equal(["heldHelpedOrHindered", "questionForSupervision", "whatYouFelt"], document.Texts.Keys);
        Assert.Equal("Keeping to time helped [NAME] settle.", document.Texts["heldHelpedOrHindered"]);
    }

    [Fact]
    public void From_SessionAnsweredWithClientFirstName_NeverHoldsIt()
    {
        var session = ConfirmedSessionReflection();

        var json = System.Text.Encoding.UTF8.GetString(
            ReflectionDocumentJson.Serialize(ReflectionDocument.From(session, SessionReflectionFlow.Definition, Alice, null, Confirmed)));

        Assert.DoesNotContain("Marguerite", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Session.ClientFirstName.Value, json, StringComparison.Ordinal);
    }

    [Fact]
    public void From_StoredSessionThatSomehowHoldsARedactionOnlyAnswer_LeavesItOut()
    {
        // The engine never keeps one, but a session read back from storage is only as good as what was stored.
        var stored = JsonNode.Parse(ReflectionSessionJson.Serialize(ConfirmedSessionReflection()))!;
        stored["answers"]![Session.ClientFirstName.Value] = new JsonObject { ["kind"] = "text", ["value"] = "Marguerite" };
        var session = ReflectionSessionJson.Deserialize(stored.ToJsonString());
        Assert.True(session.Answers.ContainsKey(Session.ClientFirstName));

        var document = ReflectionDocument.From(session, SessionReflectionFlow.Definition, Alice, null, Confirmed);

        Assert.DoesNotContain(Session.ClientFirstName.Value, document.Texts.Keys);
        Assert.DoesNotContain("Marguerite", System.Text.Encoding.UTF8.GetString(ReflectionDocumentJson.Serialize(document)), StringComparison.Ordinal);
    }

    [Fact]
    public void From_SessionNotConfirmed_Throws()
    {
        var inReview = QuickCheckInInReview();

        var refusal = Assert.Throws<ArgumentException>(
            () => ReflectionDocument.From(inReview, QuickCheckInFlow.Definition, Alice, null, Confirmed));

        Assert.Contains("only a confirmed reflection", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_FlowOtherThanTheSessions_Throws()
    {
        Assert.Throws<ArgumentException>(
            () => ReflectionDocument.From(ConfirmedQuickCheckIn(), SessionReflectionFlow.Definition, Alice, null, Confirmed));
    }

    [Theory]
    [InlineData(AliceAadId, null)]
    [InlineData("Alex Wilber", null)]
    [InlineData(null, GroupChatId)]
    public void From_AuthorOrGroupNotAPseudonym_Throws(string? author, string? group)
    {
        Assert.Throws<ArgumentException>(
            () => ReflectionDocument.From(ConfirmedQuickCheckIn(), QuickCheckInFlow.Definition, author ?? Alice, group, Confirmed));
    }

    [Fact]
    public void Serialize_WritesCamelCaseSharingAsTextAndLeavesOutNulls()
    {
        var document = ReflectionDocument.From(ConfirmedQuickCheckIn(), QuickCheckInFlow.Definition, Alice, null, Confirmed);

        var json = JsonNode.Parse(ReflectionDocumentJson.Serialize(document))!.AsObject();

        Assert.Equal(1, (int)json["schemaVersion"]!);
        Assert.Equal("group", (string)json["sharing"]!);
        Assert.Equal("2", (string)json["ratings"]!["howTheWorkSits"]!);
        Assert.False(json.ContainsKey("group"));
        Assert.False(json.ContainsKey("caseLabel"));
        Assert.Equal(
            ["schemaVersion", "id", "author", "sharing", "requestsSupervisorContact", "flow", "flowTitle", "ratings", "choices", "texts", "startedAt", "confirmedAt"],
            json.Select(property => property.Key));
    }

    [Fact]
    public void Deserialize_UnknownSchemaVersion_IsRefused()
    {
        var json = JsonNode.Parse(ReflectionDocumentJson.Serialize(Document(Alice, Confirmed)))!;
        json["schemaVersion"] = 2;

        var refusal = Assert.Throws<JsonException>(() => ReflectionDocumentJson.Deserialize(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString())));

        Assert.Contains("schema version 2", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SerializeThenDeserialize_RoundTripsEveryField()
    {
        var document = Document(Alice, Confirmed, ReflectionSharing.Group, Group);

        Assert.Equal(document, ReflectionDocumentJson.Deserialize(ReflectionDocumentJson.Serialize(document)));
    }

    private static ReflectionSession QuickCheckInInReview()
    {
        var session = Engine.Start(QuickCheckInFlow.Id, Guid.NewGuid(), Started);
        session = Answered(session, (QuickCheckInFlow.Inputs.HowTheWorkSits, "2"));
        session = Answered(session, (QuickCheckInFlow.Inputs.OneSentence, "Client A's ending is stirring things up for me."));
        return Answered(
            session,
            (CommonInputs.Sharing, CommonInputs.ShareWithGroup.Value),
            (CommonInputs.RequestSupervisorContact, RawAnswers.ToggleOn));
    }

    private static ReflectionSession ConfirmedQuickCheckIn() => Confirm(QuickCheckInInReview());

    private static ReflectionSession ConfirmedSessionReflection()
    {
        var session = Engine.Start(SessionReflectionFlow.Id, Guid.NewGuid(), Started);
        session = Answered(session, (Session.CaseLabel, "Client A"), (Session.Phase, "middle"), (Session.ClientFirstName, "Marguerite"));
        session = Answered(
            session,
            (Session.HowHeld, "4"),
            (Session.HeldHelpedOrHindered, "Keeping to time helped [NAME] settle."),
            (Session.FrameHeld, "stretched"));
        session = Answered(session, (Session.CuesShown, "leaningBack,wariness"), (Session.WhatYouFelt, "Protective, then sleepy."));
        session = Answered(session, (Session.Caring, "3"), (Session.Rupture, "none"));
        session = Skipped(session);
        return Confirm(Answered(
            session,
            (Session.QuestionForSupervision, "How do I name the leaning back without it feeling like a telling-off?"),
            (CommonInputs.Sharing, CommonInputs.ShareWithSupervisor.Value),
            (CommonInputs.RequestSupervisorContact, RawAnswers.ToggleOff)));
    }

    private static ReflectionSession Answered(ReflectionSession session, params (InputId Input, string Value)[] values)
    {
        var raw = values.ToDictionary(pair => pair.Input.Value, pair => pair.Value);
        var result = Engine.Answer(session, session.Stamp, raw, Started.AddMinutes(session.Version));
        Assert.True(result.IsSuccess, $"Expected the answer to be accepted, but got {result.Rejection}.");
        return result.Session;
    }

    private static ReflectionSession Skipped(ReflectionSession session)
    {
        var result = Engine.Skip(session, session.Stamp, Started.AddMinutes(session.Version));
        Assert.True(result.IsSuccess, $"Expected the skip to be accepted, but got {result.Rejection}.");
        return result.Session;
    }

    private static ReflectionSession Confirm(ReflectionSession inReview)
    {
        Assert.Equal(SessionStatus.InReview, inReview.Status);
        var result = Engine.Confirm(inReview, inReview.Stamp, Started.AddMinutes(inReview.Version));
        Assert.True(result.IsSuccess, $"Expected the confirmation to be accepted, but got {result.Rejection}.");
        return result.Session;
    }
}
