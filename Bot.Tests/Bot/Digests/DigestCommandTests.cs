using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Digests;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Routing;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Digests;
using SupervisionBot.Supervision.Groups;
using SupervisionBot.Supervision.Schedules;

namespace SupervisionBot.Bot.Tests.Bot.Digests;

/// <summary>
/// <c>digest</c> and <c>digests</c> through the real host: supervisors only, checked by pseudonym;
/// in a group the digest goes to the supervisor's 1:1 chat, never into the group, and the group
/// is told it was sent only when it was.
/// </summary>
public sealed class DigestCommandTests : IAsyncLifetime
{
    private const string GroupConversation = "19:group-1@thread.v2";
    private const string UserAad = "11111111-1111-1111-1111-111111111111";

    private readonly ScheduleFakeDirectory _directory = new();
    private readonly ScheduleFakeMessenger _messenger = new();
    private BotTestHost _host = null!;
    private string _me = null!;
    private string _groupId = null!;

    public async Task InitializeAsync()
    {
        _host = await BotTestHost.StartAsync(factory => factory.WithServices(services =>
        {
            services.AddSingleton<IGroupDirectory>(_directory);
            services.AddSingleton<IProactiveMessenger>(_messenger);
        }));
        var pseudonyms = _host.Factory.Services.GetRequiredService<Pseudonymizer>();
        _me = pseudonyms.ForUser(TeamsActivities.TenantId, UserAad);
        _groupId = pseudonyms.ForConversation(TeamsActivities.TenantId, GroupConversation);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Digest_InTheGroup_FromASupervisor_GoesToTheir1to1Chat_AndTheGroupSeesNoContent()
    {
        await SetUpGroupAsync(supervisedByMe: true);
        await ShareAsync(3, "Noticed the pull to rescue.");

        await _host.PostAsync(TeamsActivities.MentionMessage(_host.ServiceUrl, "digest"));

        Assert.Equal([DigestNotes.SentToYourChat], _host.SentTexts());
        Assert.Empty(_host.SentCards());
        var sent = Assert.Single(_messenger.To(TeamsActivities.UserId));
        Assert.Contains("Digest for Thursday group", sent.Text, StringComparison.Ordinal);
        Assert.Contains("\"3 reflections\"", sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_InTheGroup_WhenTheSupervisorCannotBeReached_DoesNotClaimItWasSent()
    {
        await SetUpGroupAsync(supervisedByMe: true);
        _messenger.Unreachable.Add(TeamsActivities.UserId);

        await _host.PostAsync(TeamsActivities.MentionMessage(_host.ServiceUrl, "digest"));

        Assert.Equal([DigestNotes.CannotReachYou], _host.SentTexts());
        Assert.DoesNotContain("sent the digest", DigestNotes.CannotReachYou, StringComparison.Ordinal);
        Assert.Empty(_messenger.Delivered);
    }

    [Fact]
    public async Task Digest_FromAMemberWhoIsNotASupervisor_IsRefusedKindly_AndNothingIsSent()
    {
        await SetUpGroupAsync(supervisedByMe: false);
        await ShareAsync(3, "Noticed the pull to rescue.");

        await _host.PostAsync(TeamsActivities.MentionMessage(_host.ServiceUrl, "digest"));
        await _host.PostAsync(TeamsActivities.Message(_host.ServiceUrl, "digest"));

        Assert.Equal([Router.SupervisorsOnlyMessage, DigestNotes.NotASupervisor], _host.SentTexts());
        Assert.Empty(_host.SentCards());
        Assert.Empty(_messenger.Delivered);
    }

    [Fact]
    public async Task Digest_In1to1_WithOneGroup_ShowsIt_AndWithSeveral_AsksWhichOne()
    {
        await SetUpGroupAsync(supervisedByMe: true);
        await _host.PostAsync(TeamsActivities.Message(_host.ServiceUrl, "digest"));
        Assert.Equal("Digest for Thursday group", BotTestHost.Heading(Assert.Single(_host.SentCards())));

        var other = NewGroup("0f0e0d0c0b0a0908", "Friday group", supervisedByMe: true);
        _directory.Put(other);
        await _host.PostAsync(TeamsActivities.Message(_host.ServiceUrl, "digest"));
        var choice = _host.SentCards()[^1];
        Assert.Equal(["Thursday group", "Friday group"], CardPresses.Buttons(choice).Select(b => (string)b["title"]!).Order(StringComparer.Ordinal).Reverse());

        var invoke = await CardPresses.InvokeAsync(_host, choice, DigestVerbs.ForGroup, new Dictionary<string, string> { ["argument"] = "0f0e0d0c0b0a0908" });
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)invoke["type"]);
        Assert.Equal("Digest for Friday group", BotTestHost.Heading(_host.SentCards()[^1]));
    }

    [Fact]
    public async Task DigestButton_ForAGroupThePresserDoesNotSupervise_IsRefused()
    {
        await SetUpGroupAsync(supervisedByMe: false);
        var data = new JsonObject { ["verb"] = DigestVerbs.ForGroup, ["argument"] = _groupId };
        var card = new JsonObject { ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Execute", ["verb"] = DigestVerbs.ForGroup, ["data"] = data }) };

        var invoke = await CardPresses.InvokeAsync(_host, card, DigestVerbs.ForGroup);

        Assert.Equal(DigestNotes.NotASupervisor, (string?)invoke["value"]);
        Assert.Empty(_host.SentCards());
    }

    [Fact]
    public async Task Digests_ListsStoredDigests_AndOpensOne_OnlyForItsSupervisors()
    {
        var group = await SetUpGroupAsync(supervisedByMe: true);
        var history = _host.Factory.Services.GetRequiredService<DigestHistoryStore>();
        var meeting = new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);
        var composed = await _host.Factory.Services.GetRequiredService<GroupDigests>().ComposeAsync("msteams", group, meeting, meeting.AddDays(-1), default);
        await history.AddAsync("msteams", group.Id, composed.Record, default);

        await _host.PostAsync(TeamsActivities.Message(_host.ServiceUrl, "digests"));
        var list = _host.SentCards()[^1];
        Assert.Contains("Thursday group · Monday 16 November, 09:00", BotTestHost.Text(list), StringComparison.Ordinal);

        await CardPresses.InvokeAsync(_host, list, DigestVerbs.Open);
        Assert.Equal("Digest for Thursday group", BotTestHost.Heading(_host.SentCards()[^1]));

        // No longer a supervisor: the same button opens nothing.
        _directory.Put(group with { Settings = group.Settings with { Supervisors = ["5a5a5a5a5a5a5a5a"] } });
        var refused = await CardPresses.InvokeAsync(_host, list, DigestVerbs.Open);
        Assert.Equal(DigestNotes.NotASupervisor, (string?)refused["value"]);
    }

    private Task<SupervisionGroup> SetUpGroupAsync(bool supervisedByMe)
    {
        var group = NewGroup(_groupId, "Thursday group", supervisedByMe);
        _directory.Put(group);
        _directory.Reachable(_me);
        return Task.FromResult(group);
    }

    private SupervisionGroup NewGroup(string id, string name, bool supervisedByMe) => new()
    {
        Id = id,
        Settings = new GroupSettings
        {
            Name = name,
            Supervisors = [supervisedByMe ? _me : "5a5a5a5a5a5a5a5a"],

            // Far ahead, so the host's own scheduler has nothing due while the test runs.
            Rhythm = new MeetingRhythm(DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London", 1, new DateOnly(2030, 1, 7)),
        },
        Members = [_me, "5a5a5a5a5a5a5a5a", .. Enumerable.Range(1, 4).Select(Supervision.SupervisionFixture.Member)],
    };

    private async Task ShareAsync(int members, string text)
    {
        var archive = _host.Factory.Services.GetRequiredService<IReflectionArchive>();
        var now = TimeProvider.System.GetUtcNow();
        for (var i = 1; i <= members; i++)
        {
            await archive.SaveAsync(ArchiveDocuments.Document(Supervision.SupervisionFixture.Member(i), now.AddHours(-i), ReflectionSharing.Group, _groupId, text: text), default);
        }
    }
}
