using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Digests;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Scheduling;
using SupervisionBot.Bot.Tests.Bot.Proactive;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Bot.Tests.Supervision;
using SupervisionBot.Cards.Contact;
using SupervisionBot.Cards.MyData;
using SupervisionBot.Cards.Reflection;
using SupervisionBot.Supervision.Digests;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Tests.Bot.MyData;

/// <summary>
/// The shared scenario of the forget-me tests, run on the local folder and on Azurite: a group
/// with a supervisor, the therapist and a colleague, in which the bot holds something about the
/// therapist in every store the supervisor half added (the group, their address, a request for
/// contact delivered and one still waiting, past digests, a reminder pause, outbox records).
/// </summary>
internal sealed class ForgetEverywhere(BotTestHost host)
{
    public const string Channel = "msteams";
    public const string GroupId = "9a0b1c2d3e4f5a6b";
    public const string GroupName = "Tuesday group";
    public const string GroupChat = "19:group-1@thread.v2";
    public const string TherapistAad = "11111111-1111-1111-1111-111111111111";
    public const string TherapistName = "Therapist One";
    public const string SupervisorAad = "22222222-2222-2222-2222-222222222222";
    public const string SupervisorTeamsId = "29:supervisor-1";
    public const string SupervisorName = "Dr Jo Reid";
    public const string TheirQuestion = "How do I hold an ending the client keeps postponing?";
    public const string ColleaguesQuestion = "When is it right to challenge a late arrival?";

    private static readonly DateTimeOffset Meeting = new(2027, 3, 8, 9, 0, 0, TimeSpan.Zero);

    public static string Colleague => SupervisionFixture.Member(7);

    public string Therapist => Pseudonyms.ForUser(TeamsActivities.TenantId, TherapistAad);

    public string Supervisor => Pseudonyms.ForUser(TeamsActivities.TenantId, SupervisorAad);

    public Guid TheirReflection { get; } = Guid.NewGuid();

    public Guid ColleaguesReflection { get; } = Guid.NewGuid();

    /// <summary>The supervisor's card for the delivered request, before forgetting.</summary>
    public JsonObject RequestCard { get; private set; } = null!;

    private Pseudonymizer Pseudonyms => Services.GetRequiredService<Pseudonymizer>();

    private IServiceProvider Services => host.Factory.Services;

    private GroupDirectory Directory => Services.GetRequiredService<GroupDirectory>();

    /// <summary>Everything held about the therapist, as the bot would have it after a few weeks.</summary>
    public async Task SeedAsync()
    {
        var group = SupervisionFixture.Group(SupervisionFixture.LondonMondays(new DateOnly(2027, 3, 8)) with { Name = GroupName, Supervisors = [Supervisor] }, Therapist)
            with
        { Id = GroupId, Members = [Supervisor, Therapist, Colleague] };
        Assert.True((await Directory.SaveGroupAsync(Channel, group, null, default)).IsSaved);
        foreach (var person in new[] { Therapist, Supervisor, Colleague })
        {
            await Directory.LinkAsync(Channel, person, GroupId, null, default);
        }

        await Directory.RememberAddressAsync(Channel, Supervisor, new PersonAddress(SupervisorTeamsId, host.ServiceUrl.ToString(), TeamsActivities.TenantId), default);
        await Directory.RememberConversationAsync(Channel, GroupId, new GroupConversationRecord(GroupChat, host.ServiceUrl.ToString(), TeamsActivities.TenantId), default);

        // A request for contact that reached the supervisor, and one still waiting (its card, with the name, still in the outbox).
        Assert.Contains(ReflectionNotices.ContactSent, BotTestHost.Text(await ConfirmWithContactAsync()), StringComparison.Ordinal);
        RequestCard = LastCardTo("a:personal-" + SupervisorTeamsId);
        Assert.Contains(ReflectionNotices.ContactWaiting, BotTestHost.Text(await ConfirmWithContactAsync(failingSends: ProactiveMessengerTests.FailsOneTry)), StringComparison.Ordinal);

        // Reflections shared with the group, theirs with a question, and a past digest that shows both.
        var archive = Services.GetRequiredService<IReflectionArchive>();
        await archive.SaveAsync(WithQuestion(ArchiveDocuments.Document(Therapist, Meeting.AddDays(-3), ReflectionSharing.Group, GroupId, TheirReflection), TheirQuestion), default);
        await archive.SaveAsync(WithQuestion(ArchiveDocuments.Document(Colleague, Meeting.AddDays(-2), ReflectionSharing.Group, GroupId, ColleaguesReflection), ColleaguesQuestion), default);
        await Services.GetRequiredService<DigestHistoryStore>().AddAsync(Channel, GroupId, PastDigest(), default);

        // A reminder pause, an onboarding note and a reminder, sent to their 1:1.
        await Services.GetRequiredService<ReminderPauses>().PauseAsync(Channel, Therapist, Meeting.AddDays(14), default);
        var me = new ProactiveAddress.Person(Channel, host.ServiceUrl.ToString(), TeamsActivities.TenantId, TeamsActivities.UserId);
        var messenger = Services.GetRequiredService<IProactiveMessenger>();
        Assert.IsType<ProactiveResult.Sent>(await messenger.SendOnceAsync(new ProactiveMessage(MemberWorkQueue.OnboardingKey(GroupId, Therapist), me, (Activity)MessageFactory.Text("Welcome to Tuesday group.")), default));
        Assert.IsType<ProactiveResult.Sent>(await messenger.SendOnceAsync(new ProactiveMessage(OnceKeys.Reminder(GroupId, Meeting, Therapist), me, (Activity)MessageFactory.Text("A gentle reminder.")), default));

        // What the test then looks for is really there before.
        var before = await StoredTextAsync();
        Assert.Contains(Therapist, before, StringComparison.Ordinal);
        Assert.Contains(TherapistName, before, StringComparison.Ordinal);
        Assert.Contains(TheirQuestion, before, StringComparison.Ordinal);
    }

    /// <summary>Presses "Delete everything" in the 1:1 chat of the person with <paramref name="aadObjectId"/>.</summary>
    public async Task<JsonObject> ForgetAsync(string aadObjectId = TherapistAad, string name = TherapistName)
    {
        var conversation = aadObjectId == TherapistAad ? "a:personal-1" : "a:personal-" + aadObjectId;
        var asking = TeamsActivities.Message(host.ServiceUrl, "forget me", conversationId: conversation);
        asking["from"] = From(aadObjectId, name);
        await host.PostAsync(asking);
        var ask = LastCardTo(conversation);
        Assert.Equal("Delete everything I hold about you?", BotTestHost.Heading(ask));

        var button = CardPresses.Buttons(ask).First(b => (string?)b["verb"] == MyDataVerbs.ForgetConfirmed);
        var press = TeamsActivities.Execute(host.ServiceUrl, MyDataVerbs.ForgetConfirmed, button["data"]!.DeepClone(), conversationId: conversation);
        press["from"] = From(aadObjectId, name);
        var response = await host.PostAsync(press);
        response.EnsureSuccessStatusCode();
        return (await BotTestHost.ReadJsonAsync(response))!["value"]!.AsObject();
    }

    /// <summary>Presses the button on the supervisor's copy of the request card, as the supervisor.</summary>
    public async Task<JsonObject> AnswerAsSupervisorAsync(JsonObject card)
    {
        var button = CardPresses.Buttons(card).Single(b => (string?)b["verb"] == ContactVerbs.Acknowledge);
        var activity = TeamsActivities.Execute(host.ServiceUrl, ContactVerbs.Acknowledge, button["data"]!.DeepClone(), conversationId: "a:personal-" + SupervisorAad);
        activity["from"] = From(SupervisorAad, SupervisorName);
        var response = await host.PostAsync(activity);
        response.EnsureSuccessStatusCode();
        return (await BotTestHost.ReadJsonAsync(response))!;
    }

    /// <summary>Every file under the host's storage folder: names and contents, as one text.</summary>
    public string StoredTextInFolder() => string.Join(
        '\n',
        System.IO.Directory.EnumerateFiles(host.Factory.DataFolder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(host.Factory.DataFolder, path) + "\n" + File.ReadAllText(path)));

    /// <summary>Set by the storage under test: every stored name and document, as one text.</summary>
    public Func<Task<string>> StoredTextAsync { get; set; } = () => Task.FromResult(string.Empty);

    public Task<DigestHistory> HistoryAsync() => Services.GetRequiredService<DigestHistoryStore>().GetAsync(Channel, GroupId, default);

    public async Task<SupervisionGroup> GroupAsync() => (await Directory.FindAsync(Channel, GroupId, default))!.Value;

    public IReadOnlyList<FakeConnector.Delivery> UpdatesTo(string conversation) =>
        [.. host.Connector.Deliveries.Where(d => d.ConversationId == conversation && d.IsUpdate)];

    private async Task<JsonObject> ConfirmWithContactAsync(int failingSends = 0)
    {
        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "quick"));
        var card = LastCardTo("a:personal-1");
        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Next, new Dictionary<string, string> { ["howTheWorkSits"] = "4" });
        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Next, new Dictionary<string, string> { ["oneSentence"] = "A steady week." });
        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Next, new Dictionary<string, string> { ["sharing"] = "private", ["requestSupervisorContact"] = "true" });
        if (failingSends > 0)
        {
            host.Connector.FailNextSends(503, times: failingSends);
        }

        return await CardPresses.PressAsync(host, card, ReflectionVerbs.Confirm);
    }

    public JsonObject LastCardTo(string conversation)
    {
        var delivery = host.Connector.Deliveries.Last(d => d.ConversationId == conversation && !d.IsUpdate && d.Body["attachments"] is not null);
        return (JsonObject)delivery.Body["attachments"]![0]!["content"]!.DeepClone();
    }

    private static JsonObject From(string aadObjectId, string name) =>
        new() { ["id"] = aadObjectId == TherapistAad ? TeamsActivities.UserId : "29:" + aadObjectId, ["name"] = name, ["aadObjectId"] = aadObjectId };

    private static ReflectionDocument WithQuestion(ReflectionDocument document, string question) =>
        document with { Texts = document.Texts.Add(DigestMeasures.QuestionInput, question) };

    private DigestRecord PastDigest()
    {
        var figures = new DigestFigures { Reflections = 2, Contributors = 2, Ratings = [], Frame = [], Cues = [], Ruptures = [] };
        var shared = (Guid id) => new SharedReflection(id, "Reflect on a session", "Client A", Meeting.AddDays(-3), [new SharedAnswer("When you named it", "Stayed with the silence.", false)]);
        return new DigestRecord(
            new SupervisorDigest
            {
                GroupName = GroupName,
                Meeting = Meeting,
                Period = new DigestPeriod(Meeting.AddDays(-7), Meeting),
                MinimumContributors = 2,
                MeetsMinimum = true,
                Figures = figures,
                Questions = [TheirQuestion, ColleaguesQuestion],
                SharedWithSupervisors = [shared(TheirReflection), shared(ColleaguesReflection)],
            },
            new GroupSummary { GroupName = GroupName, Meeting = Meeting, MinimumContributors = 2, MeetsMinimum = true, Figures = figures, Questions = [TheirQuestion, ColleaguesQuestion] },
            Meeting.AddDays(-1));
    }
}
