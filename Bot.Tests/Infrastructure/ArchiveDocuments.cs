using System.Collections.Immutable;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>Realistic archive inputs: pseudonyms made from real-looking Teams ids, and documents built field by field.</summary>
internal static class ArchiveDocuments
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string AliceAadId = "0e6a8a11-2f4b-4c3d-9e8f-7a6b5c4d3e21";
    public const string BobAadId = "5b2c9d7e-1a3f-4e6b-8c9d-0f1e2d3c4b5a";
    public const string GroupChatId = "19:0a7d3f6c1e2b4a59b8c7d6e5f4a3b2c1@thread.v2";
    public const string OtherGroupChatId = "19:ffeeddccbbaa99887766554433221100@thread.v2";

    public static readonly DateTimeOffset March1 = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly global::SupervisionBot.Bot.Privacy.Pseudonymizer Pseudonyms = TestPseudonyms.Create();

    public static string Alice { get; } = Pseudonyms.ForUser(TenantId, AliceAadId);

    public static string Bob { get; } = Pseudonyms.ForUser(TenantId, BobAadId);

    public static string Group { get; } = Pseudonyms.ForConversation(TenantId, GroupChatId);

    public static string OtherGroup { get; } = Pseudonyms.ForConversation(TenantId, OtherGroupChatId);

    /// <summary>A private quick check-in, confirmed at <paramref name="at"/> through the real engine.</summary>
    public static ReflectionDocument ConfirmedQuickCheckIn(string author, DateTimeOffset at)
    {
        var engine = new global::SupervisionBot.Dialogs.Engine.ReflectionEngine(global::SupervisionBot.Dialogs.Flows.FlowCatalog.Standard);
        var flow = global::SupervisionBot.Dialogs.Flows.QuickCheckInFlow.Definition;
        var session = engine.Start(flow.Id, Guid.NewGuid(), at);
        session = engine.Answer(session, session.Stamp, new Dictionary<string, string> { ["howTheWorkSits"] = flow.Steps[0].Inputs[0].Choices[0].Value }, at).Session;
        session = engine.Skip(session, session.Stamp, at).Session;
        session = engine.Answer(session, session.Stamp, new Dictionary<string, string> { ["sharing"] = "private" }, at).Session;
        session = engine.Confirm(session, session.Stamp, at).Session;
        return ReflectionDocument.From(session, flow, author, group: null, at);
    }

    public static ReflectionDocument Document(
        string author,
        DateTimeOffset confirmedAt,
        ReflectionSharing sharing = ReflectionSharing.Private,
        string? group = null,
        Guid? id = null,
        string text = "Stayed with the silence; Client A sat back when I named it.") => new()
        {
            Id = id ?? Guid.NewGuid(),
            Author = author,
            Group = group,
            Sharing = sharing,
            RequestsSupervisorContact = sharing == ReflectionSharing.Supervisor,
            Flow = "sessionReflection",
            FlowTitle = "Reflect on a session",
            CaseLabel = "Client A",
            Ratings = new Dictionary<string, string> { ["howHeld"] = "3", ["trust"] = "2" }.ToImmutableSortedDictionary(),
            Choices = new Dictionary<string, ImmutableArray<string>>
            {
                ["phase"] = ["middle"],
                ["cuesShown"] = ["wariness", "pullingBack"],
            }.ToImmutableSortedDictionary(),
            Texts = new Dictionary<string, string> { ["whenNamed"] = text }.ToImmutableSortedDictionary(),
            StartedAt = confirmedAt.AddMinutes(-9),
            ConfirmedAt = confirmedAt,
        };
}
