using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Groups;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Tests.Bot.Groups;

/// <summary>
/// A group through the real host and endpoint: setup by @mention, the card's save, roles by
/// pseudonym, membership following the conversation, onboarding notes off the turn, and groups
/// in the 1:1 chat. The connector (with its member API) and the messenger are fakes.
/// </summary>
public sealed class GroupJourneyHostTests : IAsyncLifetime
{
    private const string Conversation = "19:group-1@thread.v2";
    private const string Channel = "msteams";

    private readonly FakeGroupsMessenger _messenger = new();
    private BotTestHost _host = null!;

    private static readonly (string Id, string Name, string Aad)[] People =
    [
        (TeamsActivities.UserId, "Therapist One", "11111111-1111-1111-1111-111111111111"),
        ("29:supervisor", "Dr Ada Supervisor", "22222222-2222-2222-2222-222222222222"),
        ("29:member-3", "Ben Member", "33333333-3333-3333-3333-333333333333"),
    ];

    public async Task InitializeAsync()
    {
        _host = await BotTestHost.StartAsync(factory => factory
            .WithSetting("Groups:MemberWork:PerSecond", "10000")
            .WithServices(services => services.AddSingleton<IProactiveMessenger>(_messenger)));
        _host.Connector.Members = [.. People.Select(p => Member(p.Id, p.Name, p.Aad))];
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private GroupDirectory Directory => _host.Factory.Services.GetRequiredService<GroupDirectory>();

    private Pseudonymizer Pseudonyms => _host.Factory.Services.GetRequiredService<Pseudonymizer>();

    private string Key(int person) => Pseudonyms.ForUser(TeamsActivities.TenantId, People[person].Aad);

    private string GroupId => Pseudonyms.ForConversation(TeamsActivities.TenantId, Conversation);

    [Fact]
    public async Task Setup_ByMention_OffersTheConversationsMembersAsSupervisors_ByPseudonym()
    {
        await _host.PostAsync(TeamsActivities.MentionMessage(_host.ServiceUrl, "setup"));

        var card = Assert.Single(_host.SentCards());
        Assert.Equal("Set up this supervision group", BotTestHost.Heading(card));
        var supervisors = card["body"]!.AsArray().Single(e => (string?)e!["id"] == GroupSetupFields.Supervisors)!;
        Assert.Equal(
            People.Select((p, i) => (p.Name, Key(i))).OrderBy(p => p.Name, StringComparer.Ordinal),
            supervisors["choices"]!.AsArray().Select(c => ((string)c!["title"]!, (string)c["value"]!)));
        Assert.DoesNotContain("29:", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(403)]
    [InlineData(503)]
    public async Task Setup_WhenTeamsCannotListTheMembers_SaysSoKindly_AndSavesNothing(int status)
    {
        _host.Connector.MembersFailWith = status;

        await _host.PostAsync(TeamsActivities.MentionMessage(_host.ServiceUrl, "setup"));
        Assert.Equal([GroupCommands.MembersUnreadableMessage], _host.SentTexts());

        var answer = await SaveAsync(person: 0, Values(supervisor: 1));
        Assert.Equal(GroupCommands.MembersUnreadableMessage, (string?)answer["value"]);
        Assert.Null(await Directory.FindAsync(Channel, GroupId, CancellationToken.None));

        // Teams answers again: the same card saves.
        _host.Connector.MembersFailWith = null;
        var saved = await SaveAsync(person: 0, Values(supervisor: 1));
        Assert.Equal("Thursday group is set up", BotTestHost.Heading(saved["value"]!.AsObject()));
    }

    [Fact]
    public async Task Save_WithProblems_RedrawsTheCardWithKindMessages_AndKeepsWhatWasTyped()
    {
        var answer = await SaveAsync(person: 0, Values(supervisor: 1) with { NextMeeting = "2020-01-06" });

        var card = answer["value"]!.AsObject();
        Assert.Equal("Set up this supervision group", BotTestHost.Heading(card));
        Assert.Contains("The next meeting is in the past", BotTestHost.Text(card), StringComparison.Ordinal);
        Assert.Contains("Thursday group", BotTestHost.Text(card), StringComparison.Ordinal);
        Assert.Null(await Directory.FindAsync(Channel, GroupId, CancellationToken.None));
    }

    [Fact]
    public async Task FirstSave_ByAnyone_ThenOnlyASupervisorMayChangePauseOrRemove()
    {
        // Therapist One sets the group up and chooses Dr Ada as its supervisor.
        var saved = await SaveAsync(person: 0, Values(supervisor: 1));
        Assert.Equal("Thursday group is set up", BotTestHost.Heading(saved["value"]!.AsObject()));
        var group = (await Directory.FindAsync(Channel, GroupId, CancellationToken.None))!.Value;
        Assert.Equal(Key(1), Assert.Single(group.Settings.Supervisors));
        Assert.Equal(new[] { Key(0), Key(1), Key(2) }.Order(StringComparer.Ordinal), group.Members.Order(StringComparer.Ordinal));
        Assert.Equal(new ProactiveAddress.Conversation(Channel, _host.ServiceUrl.ToString(), TeamsActivities.TenantId, Conversation), await Directory.ConversationOfAsync(Channel, GroupId, CancellationToken.None));

        // Now Therapist One is a member: refused, kindly, and nothing changes.
        var refused = await SaveAsync(person: 0, Values(supervisor: 0) with { Name = "Taken over" });
        Assert.Equal(GroupCommands.SupervisorsOnlyMessage, (string?)refused["value"]);
        foreach (var command in new[] { "setup", "pause group", "remove group" })
        {
            _host.Connector.Clear();
            await _host.PostAsync(As(0, TeamsActivities.MentionMessage(_host.ServiceUrl, command)));
            Assert.Equal([GroupCommands.SupervisorsOnlyMessage], _host.SentTexts());
        }

        Assert.Equal(group, (await Directory.FindAsync(Channel, GroupId, CancellationToken.None))!.Value);

        // The supervisor changes the name, pauses, resumes, and removes the group's settings.
        var changed = await SaveAsync(person: 1, Values(supervisor: 1) with { Name = "Thursday peer group" });
        Assert.Equal("Settings changed", BotTestHost.Heading(changed["value"]!.AsObject()));
        await _host.PostAsync(As(1, TeamsActivities.MentionMessage(_host.ServiceUrl, "pause group")));
        Assert.True((await Directory.FindAsync(Channel, GroupId, CancellationToken.None))!.Value.IsPaused);
        await _host.PostAsync(As(1, TeamsActivities.MentionMessage(_host.ServiceUrl, "resume group")));
        Assert.False((await Directory.FindAsync(Channel, GroupId, CancellationToken.None))!.Value.IsPaused);

        _host.Connector.Clear();
        await _host.PostAsync(As(1, TeamsActivities.MentionMessage(_host.ServiceUrl, "remove group")));
        Assert.Contains(GroupRemovalCard.WhatRemovalKeeps, BotTestHost.Text(Assert.Single(_host.SentCards())), StringComparison.Ordinal);
        var removed = await PressAsync(person: 1, GroupVerbs.RemoveConfirmed, []);
        Assert.Equal("Thursday peer group's settings are removed", BotTestHost.Heading(removed["value"]!.AsObject()));
        Assert.Null(await Directory.FindAsync(Channel, GroupId, CancellationToken.None));
        await foreach (var any in Directory.AllAsync(Channel, CancellationToken.None))
        {
            Assert.Fail($"Group {any.Id} is still listed.");
        }
    }

    [Fact]
    public async Task EachMember_GetsOneOnboardingNote_AndGroupsListsTheirRole()
    {
        await SaveAsync(person: 0, Values(supervisor: 1));
        await _messenger.WaitForAsync(3, CancellationToken.None);

        // A second save by the supervisor tells nobody twice.
        await SaveAsync(person: 1, Values(supervisor: 1) with { Name = "Renamed" });
        await _host.PostAsync(MembersAdded([.. People.Select(p => Member(p.Id, p.Name, p.Aad))]));
        Assert.Equal(3, _messenger.Sent.Count);
        Assert.Equal(
            People.Select((_, i) => MemberWorkQueue.OnboardingKey(GroupId, Key(i))).Order(StringComparer.Ordinal),
            _messenger.Sent.Select(m => m.OnceKey).Order(StringComparer.Ordinal));
        var toSupervisor = _messenger.Sent.Single(m => ((ProactiveAddress.Person)m.To).TeamsUserId == People[1].Id);
        Assert.Contains("You supervise Thursday group", toSupervisor.Content.Attachments[0].Content.ToString(), StringComparison.Ordinal);

        _host.Connector.Clear();
        await _host.PostAsync(As(2, TeamsActivities.Message(_host.ServiceUrl, "groups")));
        var list = BotTestHost.Text(Assert.Single(_host.SentCards()));
        Assert.Contains("Renamed", list, StringComparison.Ordinal);
        Assert.Contains("You are a member", list, StringComparison.Ordinal);
        Assert.Contains("Leave this group", list, StringComparison.Ordinal);

        _host.Connector.Clear();
        await _host.PostAsync(As(1, TeamsActivities.Message(_host.ServiceUrl, "groups")));
        Assert.Contains("You supervise this group", BotTestHost.Text(Assert.Single(_host.SentCards())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Groups_WhenInNone_SaysHowToJoin()
    {
        await _host.PostAsync(TeamsActivities.Message(_host.ServiceUrl, "groups"));

        Assert.Contains(GroupListCard.HowToJoin, BotTestHost.Text(Assert.Single(_host.SentCards())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMemberWhoLeavesTheGroup_IsNoLongerOne_UntilTheyRejoin_AndConversationChangesDoNotReaddThem()
    {
        await SaveAsync(person: 0, Values(supervisor: 1));
        await _messenger.WaitForAsync(3, CancellationToken.None);

        var left = await PressAsync(person: 2, GroupVerbs.Leave, new() { ["argument"] = GroupId }, personal: true);
        Assert.Equal("You've left Thursday group", BotTestHost.Heading(left["value"]!.AsObject()));
        Assert.Empty(await Directory.GroupsOfAsync(Channel, Key(2), CancellationToken.None));

        await _host.PostAsync(MembersAdded([Member(People[2].Id, People[2].Name, People[2].Aad)]));
        Assert.Null((await Directory.FindAsync(Channel, GroupId, CancellationToken.None))!.Value.RoleOf(Key(2)));

        var supervisorLeaving = await PressAsync(person: 1, GroupVerbs.Leave, new() { ["argument"] = GroupId }, personal: true);
        Assert.Equal(GroupCommands.SupervisorCannotLeaveMessage, (string?)supervisorLeaving["value"]);

        await PressAsync(person: 2, GroupVerbs.Rejoin, new() { ["argument"] = GroupId }, personal: true);
        Assert.Equal(GroupRole.Member, Assert.Single(await Directory.GroupsOfAsync(Channel, Key(2), CancellationToken.None)).Role);
    }

    [Fact]
    public async Task SomeoneLeavingTheConversation_StopsBeingAMember_AndTheBotRemoved_PausesTheGroupKeepingItsSettings()
    {
        await SaveAsync(person: 0, Values(supervisor: 1));

        var leaving = ConversationUpdate();
        leaving["membersRemoved"] = new JsonArray(Member(People[2].Id, People[2].Name, People[2].Aad));
        (await _host.PostAsync(leaving)).EnsureSuccessStatusCode();
        Assert.Null((await Directory.FindAsync(Channel, GroupId, CancellationToken.None))!.Value.RoleOf(Key(2)));
        Assert.Empty(await Directory.GroupsOfAsync(Channel, Key(2), CancellationToken.None));

        var botRemoved = ConversationUpdate();
        botRemoved["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = TeamsActivities.BotId });
        (await _host.PostAsync(botRemoved)).EnsureSuccessStatusCode();
        var group = (await Directory.FindAsync(Channel, GroupId, CancellationToken.None))!.Value;
        Assert.True(group.IsPaused);
        Assert.Equal("Thursday group", group.Settings.Name);
        Assert.Equal(Key(1), Assert.Single(group.Settings.Supervisors));
    }

    [Fact]
    public async Task ThreeThousandMembersJoining_TheTurnReturnsBeforeAnyOnboarding_ThenEachIsToldOnce()
    {
        await SaveAsync(person: 0, Values(supervisor: 1));
        await _messenger.WaitForAsync(3, CancellationToken.None);
        _messenger.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pagesBefore = _host.Connector.MemberPagesServed;
        var joining = Enumerable.Range(0, 3000)
            .Select(i => Member($"29:new-{i}", $"New {i}", $"{i:x8}-4444-4444-4444-444444444444"))
            .ToArray();

        var response = await _host.PostAsync(MembersAdded(joining));

        // The turn answered while every note is still held at the gate, and looked nobody up one by one.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, _messenger.Sent.Count);
        Assert.Equal(pagesBefore, _host.Connector.MemberPagesServed);
        Assert.Equal(3003, (await Directory.FindAsync(Channel, GroupId, CancellationToken.None))!.Value.Members.Length);

        _messenger.Gate.SetResult();
        await _messenger.WaitForAsync(3003, CancellationToken.None);
        await _host.PostAsync(MembersAdded(joining[..10]));
        Assert.Equal(3003, _messenger.Sent.Count);
    }

    private async Task<JsonObject> SaveAsync(int person, SetupValues values)
    {
        var data = new JsonObject
        {
            ["verb"] = GroupVerbs.SaveSettings,
            [GroupSetupFields.Name] = values.Name,
            [GroupSetupFields.Supervisors] = values.Supervisors,
            [GroupSetupFields.Weekday] = "Monday",
            [GroupSetupFields.Time] = "09:30",
            [GroupSetupFields.TimeZone] = "Europe/London",
            [GroupSetupFields.EveryWeeks] = "2",
            [GroupSetupFields.NextMeeting] = values.NextMeeting,
            [GroupSetupFields.DigestLead] = "24",
            [GroupSetupFields.ReminderLead] = "48",
            [GroupSetupFields.MinimumContributors] = "3",
        };
        return await PressAsync(person, GroupVerbs.SaveSettings, data);
    }

    private async Task<JsonObject> PressAsync(int person, string verb, JsonObject data, bool personal = false)
    {
        data["verb"] = verb;
        var activity = personal
            ? TeamsActivities.Execute(_host.ServiceUrl, verb, data)
            : TeamsActivities.Execute(_host.ServiceUrl, verb, data, "groupChat", Conversation);
        var response = await _host.PostAsync(As(person, activity));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await BotTestHost.ReadJsonAsync(response))!;
    }

    private SetupValues Values(int supervisor)
    {
        // The first Monday at least a week away, so the meeting is always still to come.
        var day = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(7);
        while (day.DayOfWeek != DayOfWeek.Monday)
        {
            day = day.AddDays(1);
        }

        return new SetupValues("Thursday group", Key(supervisor), day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static JsonObject As(int person, JsonObject activity)
    {
        activity["from"] = new JsonObject { ["id"] = People[person].Id, ["name"] = People[person].Name, ["aadObjectId"] = People[person].Aad };
        return activity;
    }

    private JsonObject MembersAdded(JsonObject[] members)
    {
        var activity = ConversationUpdate();
        activity["membersAdded"] = new JsonArray([.. members.Select(m => m.DeepClone())]);
        return activity;
    }

    private JsonObject ConversationUpdate()
    {
        var activity = TeamsActivities.BotAdded(_host.ServiceUrl, "groupChat", Conversation);
        activity.Remove("membersAdded");
        return activity;
    }

    private static JsonObject Member(string id, string name, string aad) => new() { ["id"] = id, ["name"] = name, ["aadObjectId"] = aad };

    private sealed record SetupValues(string Name, string Supervisors, string NextMeeting);
}
