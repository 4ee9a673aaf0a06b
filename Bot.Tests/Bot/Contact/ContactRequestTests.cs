using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Contact;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Bot.Tests.Bot.Proactive;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Bot.Tests.Supervision;
using SupervisionBot.Cards.Contact;
using SupervisionBot.Cards.Reflection;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Tests.Bot.Contact;

/// <summary>
/// Issue 12.3 through the real host, the real group directory and a fake connector: a request for
/// contact made at confirmation reaches each supervisor of the chosen group at once, is retried
/// when sending fails, is answered only by that group's supervisor, and the answer reaches the
/// therapist. The confirmation says what really happened.
/// </summary>
public sealed class ContactRequestTests : IAsyncLifetime
{
    private const string Channel = "msteams";
    private const string SupervisorTeamsId = "29:supervisor-1";
    private const string SupervisorAad = "22222222-2222-2222-2222-222222222222";
    private const string GroupChat = "19:group-1@thread.v2";
    private const string FirstGroup = "9a0b1c2d3e4f5a6b";
    private const string SecondGroup = "0f0e0d0c0b0a0908";
    private const string SecondSupervisorTeamsId = "29:supervisor-2";
    private const string SecondSupervisorAad = "55555555-5555-5555-5555-555555555555";

    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await ProactiveMessengerTests.StartAsync(retryEvery: "00:00:00.200");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private string Therapist => Pseudonyms.ForUser(TeamsActivities.TenantId, "11111111-1111-1111-1111-111111111111");

    private string Supervisor => Pseudonyms.ForUser(TeamsActivities.TenantId, SupervisorAad);

    private Pseudonymizer Pseudonyms => _host.Factory.Services.GetRequiredService<Pseudonymizer>();

    [Fact]
    public async Task Confirm_WithContactRequest_SendsTheSupervisorA1To1CardAtOnce_WithTheNameAndNothingFromTheReflection()
    {
        await InGroupAsync(FirstGroup, "Tuesday group");

        var confirmation = await ConfirmQuickCheckInAsync(contact: true);

        Assert.Contains(ReflectionNotices.ContactSent, BotTestHost.Text(confirmation), StringComparison.Ordinal);
        Assert.Equal([SupervisorTeamsId], _host.Connector.CreatedWith);
        var request = RequestCard();
        var text = BotTestHost.Text(request);
        Assert.Contains("Therapist One asked you to contact them before your next meeting.", text, StringComparison.Ordinal);
        Assert.Contains("Tuesday group", text, StringComparison.Ordinal);
        Assert.DoesNotContain("A steady week", text, StringComparison.Ordinal);
        Assert.DoesNotContain("A steady week", _host.Connector.Sent.Select(a => a.ToJsonString()).Where(json => json.Contains(SupervisorTeamsId, StringComparison.Ordinal)));

        // The reflection was archived in its group.
        var saved = Assert.Single(await Archive.ListByAuthorAsync(Therapist, 10, default));
        Assert.Equal(FirstGroup, (await Archive.GetAsync(Therapist, saved.Id, default))!.Group);
    }

    [Fact]
    public async Task Confirm_FirstSendsFail_SaysItIsWaiting_ThenTheRetrierDeliversIt()
    {
        await InGroupAsync(FirstGroup, "Tuesday group");
        var review = await QuickCheckInReviewAsync(contact: true);
        _host.Connector.FailNextSends(503, times: ProactiveMessengerTests.FailsOneTry);

        var confirmation = await CardPresses.PressAsync(_host, review, ReflectionVerbs.Confirm);

        Assert.Contains(ReflectionNotices.ContactWaiting, BotTestHost.Text(confirmation), StringComparison.Ordinal);
        Assert.Contains(CommonInputsReminder, BotTestHost.Text(confirmation), StringComparison.Ordinal);
        await ProactiveMessengerTests.WaitForAsync(() => _host.Connector.Deliveries.Any(d => d.ConversationId == "a:personal-" + SupervisorTeamsId));
        Assert.Single(_host.Connector.Deliveries, d => d.ConversationId == "a:personal-" + SupervisorTeamsId);
        Assert.Equal(ProactiveMessengerTests.FailsOneTry + 1, _host.Connector.SendRequests - Replies());
    }

    [Fact]
    public async Task IllBeInTouch_FromTheSupervisor_TellsTheTherapistAndUpdatesTheCard()
    {
        await InGroupAsync(FirstGroup, "Tuesday group");
        await ConfirmQuickCheckInAsync(contact: true);

        var answer = await PressAsSupervisorAsync(RequestCard(), SupervisorAad, "Dr Jo Reid");
        var again = await PressAsSupervisorAsync(RequestCard(), SupervisorAad, "Dr Jo Reid");

        Assert.Contains(ContactRequestCard.ToldNow, BotTestHost.Text((JsonObject)answer["value"]!), StringComparison.Ordinal);
        Assert.Empty(CardPresses.Buttons(answer["value"]!));
        Assert.Contains(ContactRequestCard.AlreadyTold, BotTestHost.Text((JsonObject)again["value"]!), StringComparison.Ordinal);
        var told = Assert.Single(_host.Connector.Deliveries, d => d.ConversationId == "a:personal-1" && BotTestHost.Text(d.Body).Contains("will be in touch", StringComparison.Ordinal));
        Assert.Contains("Dr Jo Reid has seen your request and will be in touch.", BotTestHost.Text(told.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IllBeInTouch_WithTwoSupervisors_UpdatesTheOtherSupervisorsCardToSayWhoAnswered()
    {
        await InGroupAsync(FirstGroup, "Tuesday group", secondSupervisor: true);
        await ConfirmQuickCheckInAsync(contact: true);
        var othersCard = RequestCard(SecondSupervisorTeamsId);

        await PressAsSupervisorAsync(RequestCard(), SupervisorAad, "Dr Jo Reid");

        var update = Assert.Single(_host.Connector.Deliveries, d => d.ConversationId == "a:personal-" + SecondSupervisorTeamsId && d.IsUpdate);
        var text = BotTestHost.Text(update.Body);
        Assert.Contains("Dr Jo Reid answered this request: they'll be in touch, and I've let the therapist know.", text, StringComparison.Ordinal);
        Assert.Empty(CardPresses.Buttons(update.Body));
        Assert.DoesNotContain(_host.Connector.Deliveries, d => d.ConversationId == "a:personal-" + SupervisorTeamsId && d.IsUpdate);

        // Their old card's button, pressed anyway, tells the therapist nothing more.
        _host.Connector.Clear();
        var late = await PressAsSupervisorAsync(othersCard, SecondSupervisorAad, "Sam Okafor");
        Assert.Contains(ContactRequestCard.AlreadyTold, BotTestHost.Text((JsonObject)late["value"]!), StringComparison.Ordinal);
        Assert.DoesNotContain(_host.Connector.Deliveries, d => d.ConversationId == "a:personal-1");
    }

    [Fact]
    public async Task Confirm_RequestWaitsThenIsGivenUp_TellsTheTherapistPlainlyOnce_WithTheSafeguardingReminder()
    {
        await using var host = await ProactiveMessengerTests.StartAsync(retryEvery: "00:00:00.200", factory => factory.WithSetting("Proactive:GiveUpAfter", "2"));
        var original = _host;
        _host = host;
        try
        {
            await GivenUpAsync(host);
        }
        finally
        {
            _host = original;
        }
    }

    private async Task GivenUpAsync(BotTestHost host)
    {
        await InGroupAsync(FirstGroup, "Tuesday group");
        var review = await QuickCheckInReviewAsync(contact: true);

        // The try in the turn and the retrier's one both fail; the second is the last.
        host.Connector.FailNextSends(503, times: 2 * ProactiveMessengerTests.FailsOneTry);
        var confirmation = await CardPresses.PressAsync(host, review, ReflectionVerbs.Confirm);
        Assert.Contains(ReflectionNotices.ContactWaiting, BotTestHost.Text(confirmation), StringComparison.Ordinal);

        await ProactiveMessengerTests.WaitForAsync(() => NotDelivered(host).Count > 0);
        await Task.Delay(TimeSpan.FromMilliseconds(600)); // more retrier passes: still one notice
        var notice = Assert.Single(NotDelivered(host));
        var text = BotTestHost.Text(notice.Body);
        Assert.Contains(ReflectionNotices.ContactUnreachable, text, StringComparison.Ordinal);
        Assert.Contains(CommonInputsReminder, text, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Connector.Deliveries, d => d.ConversationId == "a:personal-" + SupervisorTeamsId);
    }

    [Fact]
    public async Task Confirm_RequestWaitsThenIsDelivered_TellsTheTherapistNothingMore()
    {
        await InGroupAsync(FirstGroup, "Tuesday group");
        var review = await QuickCheckInReviewAsync(contact: true);
        _host.Connector.FailNextSends(503, times: ProactiveMessengerTests.FailsOneTry);

        await CardPresses.PressAsync(_host, review, ReflectionVerbs.Confirm);

        await ProactiveMessengerTests.WaitForAsync(() => _host.Connector.Deliveries.Any(d => d.ConversationId == "a:personal-" + SupervisorTeamsId));
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        Assert.Empty(NotDelivered(_host));
    }

    private static List<FakeConnector.Delivery> NotDelivered(BotTestHost host) =>
        [.. host.Connector.Deliveries.Where(d => d.ConversationId == "a:personal-1" && BotTestHost.Text(d.Body).Contains("Your request didn't reach your supervisor", StringComparison.Ordinal))];

    [Fact]
    public async Task IllBeInTouch_FromSomeoneWhoIsNotTheGroupsSupervisor_IsRefusedKindly_AndTellsNobody()
    {
        await InGroupAsync(FirstGroup, "Tuesday group");
        await ConfirmQuickCheckInAsync(contact: true);
        var request = RequestCard();
        _host.Connector.Clear();

        // A member of the group (the therapist themself), and a stranger with the supervisor's display name.
        var member = await PressAsSupervisorAsync(request, "11111111-1111-1111-1111-111111111111", "Therapist One");
        var stranger = await PressAsSupervisorAsync(request, "33333333-3333-3333-3333-333333333333", "Dr Jo Reid");

        Assert.Equal(ContactRequestCard.NotYours, (string?)member["value"]);
        Assert.Equal(ContactRequestCard.NotYours, (string?)stranger["value"]);
        Assert.Empty(_host.Connector.Deliveries);
    }

    [Fact]
    public async Task Confirm_SupervisorWithoutTheApp_SaysSoPlainly_AndTheGroupIsAskedWithoutSayingWhy()
    {
        await InGroupAsync(FirstGroup, "Tuesday group");
        _host.Connector.WithoutTheApp(SupervisorTeamsId);

        var confirmation = await ConfirmQuickCheckInAsync(contact: true);

        var text = BotTestHost.Text(confirmation);
        Assert.Contains(ReflectionNotices.ContactUnreachable, text, StringComparison.Ordinal);
        Assert.Contains(CommonInputsReminder, text, StringComparison.Ordinal);
        var note = Assert.Single(_host.Connector.Deliveries, d => d.ConversationId == GroupChat);
        Assert.Equal(ContactRequests.FallbackNote, (string?)note.Body["text"]);
        Assert.DoesNotContain("Therapist One", note.Body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SharingStep_InNoGroup_OffersOnlyKeepPrivate_AndAContactRequestIsNotSent()
    {
        var review = await QuickCheckInReviewAsync(contact: true, expectChoices: [CommonInputsPrivate]);

        var confirmation = await CardPresses.PressAsync(_host, review, ReflectionVerbs.Confirm);

        Assert.Contains(ReflectionNotices.ContactNoGroup, BotTestHost.Text(confirmation), StringComparison.Ordinal);
        Assert.Empty(_host.Connector.CreatedWith);
    }

    [Fact]
    public async Task SharingStep_InTwoGroups_AsksWhich_AndTheRequestGoesToThatGroupsSupervisor()
    {
        await InGroupAsync(FirstGroup, "Tuesday group", supervisor: Pseudonyms.ForUser(TeamsActivities.TenantId, "44444444-4444-4444-4444-444444444444"));
        await InGroupAsync(SecondGroup, "Thursday group");

        var confirmation = await ConfirmQuickCheckInAsync(contact: true, group: SecondGroup);

        Assert.Contains(ReflectionNotices.ContactSent, BotTestHost.Text(confirmation), StringComparison.Ordinal);
        Assert.Equal([SupervisorTeamsId], _host.Connector.CreatedWith);
        Assert.Contains("Thursday group", BotTestHost.Text(RequestCard()), StringComparison.Ordinal);
        var saved = Assert.Single(await Archive.ListByAuthorAsync(Therapist, 10, default));
        Assert.Equal(SecondGroup, (await Archive.GetAsync(Therapist, saved.Id, default))!.Group);
    }

    private const string CommonInputsReminder = global::SupervisionBot.Dialogs.Flows.CommonInputs.SafeguardingReminder;

    private static readonly string CommonInputsPrivate = global::SupervisionBot.Dialogs.Flows.CommonInputs.KeepPrivate.Value;

    private IReflectionArchive Archive => _host.Factory.Services.GetRequiredService<IReflectionArchive>();

    /// <summary>A group with the therapist as a member and, unless told otherwise, the supervisor who has a 1:1 address.</summary>
    private async Task InGroupAsync(string groupId, string name, string? supervisor = null, bool secondSupervisor = false)
    {
        var directory = _host.Factory.Services.GetRequiredService<GroupDirectory>();
        var supervisorKey = supervisor ?? Supervisor;
        var second = Pseudonyms.ForUser(TeamsActivities.TenantId, SecondSupervisorAad);
        ImmutableArray<string> supervisors = secondSupervisor ? [supervisorKey, second] : [supervisorKey];
        var group = SupervisionFixture.Group(
            SupervisionFixture.LondonMondays(new DateOnly(2027, 3, 8)) with { Name = name, Supervisors = supervisors },
            Therapist) with
        { Id = groupId, Members = [.. supervisors, Therapist] };
        if (secondSupervisor)
        {
            await directory.RememberAddressAsync(Channel, second, new PersonAddress(SecondSupervisorTeamsId, _host.ServiceUrl.ToString(), TeamsActivities.TenantId), default);
        }

        Assert.True((await directory.SaveGroupAsync(Channel, group, null, default)).IsSaved);
        await directory.LinkAsync(Channel, Therapist, groupId, null, default);
        await directory.LinkAsync(Channel, supervisorKey, groupId, null, default);
        if (supervisor is null)
        {
            await directory.RememberAddressAsync(Channel, Supervisor, new PersonAddress(SupervisorTeamsId, _host.ServiceUrl.ToString(), TeamsActivities.TenantId), default);
        }

        await directory.RememberConversationAsync(Channel, groupId, new GroupConversationRecord(GroupChat, _host.ServiceUrl.ToString(), TeamsActivities.TenantId), default);
    }

    private async Task<JsonObject> ConfirmQuickCheckInAsync(bool contact, string? group = null) =>
        await CardPresses.PressAsync(_host, await QuickCheckInReviewAsync(contact, group: group), ReflectionVerbs.Confirm);

    private async Task<JsonObject> QuickCheckInReviewAsync(bool contact, string? group = null, string[]? expectChoices = null)
    {
        await _host.PostAsync(TeamsActivities.Message(_host.ServiceUrl, "quick"));
        var card = _host.SentCards()[^1];
        card = await CardPresses.PressAsync(_host, card, ReflectionVerbs.Next, new Dictionary<string, string> { ["howTheWorkSits"] = "4" });
        card = await CardPresses.PressAsync(_host, card, ReflectionVerbs.Next, new Dictionary<string, string> { ["oneSentence"] = "A steady week." });
        if (expectChoices is not null)
        {
            Assert.Equal(expectChoices, ChoicesOf(card, "sharing"));
        }

        if (group is not null)
        {
            Assert.Contains(group, ChoicesOf(card, SharingGroups.Input.Value));
        }
        else
        {
            Assert.Empty(ChoicesOf(card, SharingGroups.Input.Value));
        }

        var inputs = new Dictionary<string, string> { ["sharing"] = "private", ["requestSupervisorContact"] = contact ? "true" : "false" };
        if (group is not null)
        {
            inputs[SharingGroups.Input.Value] = group;
        }

        card = await CardPresses.PressAsync(_host, card, ReflectionVerbs.Next, inputs);
        Assert.Equal("Check your reflection", BotTestHost.Heading(card));
        return card;
    }

    private static string[] ChoicesOf(JsonObject card, string inputId) =>
        [.. Find(card, inputId)?["choices"]?.AsArray().Select(c => (string)c!["value"]!) ?? []];

    private static JsonObject? Find(JsonNode node, string id) => node switch
    {
        JsonObject o when (string?)o["id"] == id => o,
        JsonObject o => o.Select(p => p.Value is null ? null : Find(p.Value, id)).FirstOrDefault(found => found is not null),
        JsonArray a => a.Select(n => n is null ? null : Find(n, id)).FirstOrDefault(found => found is not null),
        _ => null,
    };

    private JsonObject RequestCard(string supervisorTeamsId = SupervisorTeamsId)
    {
        var delivery = _host.Connector.Deliveries.Last(d => d.ConversationId == "a:personal-" + supervisorTeamsId && !d.IsUpdate);
        return (JsonObject)delivery.Body["attachments"]![0]!["content"]!.DeepClone();
    }

    /// <summary>Presses "I'll be in touch" as someone, in their own 1:1 chat with the bot; returns the invoke response.</summary>
    private async Task<JsonObject> PressAsSupervisorAsync(JsonObject card, string aadObjectId, string name)
    {
        var button = CardPresses.Buttons(card).Single(b => (string?)b["verb"] == ContactVerbs.Acknowledge);
        var activity = TeamsActivities.Execute(_host.ServiceUrl, ContactVerbs.Acknowledge, button["data"]!.DeepClone(), conversationId: "a:personal-" + aadObjectId);
        activity["from"] = new JsonObject { ["id"] = "29:" + aadObjectId, ["name"] = name, ["aadObjectId"] = aadObjectId };
        var response = await _host.PostAsync(activity);
        response.EnsureSuccessStatusCode();
        return (await BotTestHost.ReadJsonAsync(response))!;
    }

    /// <summary>Sends that were replies to the therapist (the check-in's first card), not proactive messages.</summary>
    private int Replies() => _host.Connector.Deliveries.Count(d => d.ConversationId == "a:personal-1");
}
