using SupervisionBot.Bot.Tests.Bot.Proactive;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Contact;
using SupervisionBot.Cards.Groups;

namespace SupervisionBot.Bot.Tests.Bot.MyData;

/// <summary>
/// Forget me reaches everything the supervisor half holds, on the local folder: afterwards no file
/// holds the person's pseudonym, name or Teams id; the group keeps working without them; past
/// digests lose their words and keep their totals; the supervisor's request card no longer asks
/// for an answer. (<see cref="ForgetEverywhereAzuriteTests"/> runs the same on blobs.)
/// </summary>
public sealed class ForgetEverywhereTests : IAsyncLifetime
{
    private BotTestHost _host = null!;
    private ForgetEverywhere _scenario = null!;

    public async Task InitializeAsync()
    {
        // The retrier waits an hour, so the waiting request is still in the outbox when forgetting.
        _host = await ProactiveMessengerTests.StartAsync(retryEvery: "01:00:00");
        _scenario = new ForgetEverywhere(_host);
        _scenario.StoredTextAsync = () => Task.FromResult(_scenario.StoredTextInFolder());
        await _scenario.SeedAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ForgetMe_InAGroup_LeavesNoFileWithTheirPseudonymNameOrTeamsId()
    {
        var done = await _scenario.ForgetAsync();

        Assert.Equal("Everything is deleted", BotTestHost.Heading(done));
        await AssertForgottenAsync(_scenario);
    }

    [Fact]
    public async Task ForgetMe_TheGroupKeepsItsOtherMembers_AndPastDigestsKeepTheirTotalsAndOthersWords()
    {
        await _scenario.ForgetAsync();

        var group = await _scenario.GroupAsync();
        Assert.Equal(new[] { _scenario.Supervisor, ForgetEverywhere.Colleague }.Order(StringComparer.Ordinal), group.Members.Order(StringComparer.Ordinal));
        Assert.Equal(new[] { _scenario.Supervisor }, group.Settings.Supervisors.ToArray());
        var digest = Assert.Single((await _scenario.HistoryAsync()).Records);
        Assert.Equal(new[] { ForgetEverywhere.ColleaguesQuestion }, digest.Digest.Questions.ToArray());
        Assert.Equal(new[] { ForgetEverywhere.ColleaguesQuestion }, digest.Summary.Questions.ToArray());
        Assert.Equal([_scenario.ColleaguesReflection], digest.Digest.SharedWithSupervisors.Select(r => r.Id));
        Assert.Equal(2, digest.Digest.Figures!.Contributors);
    }

    [Fact]
    public async Task ForgetMe_TheSupervisorsRequestCardIsEdited_AndItsOldButtonAnswersKindly()
    {
        await _scenario.ForgetAsync();

        var update = Assert.Single(_scenario.UpdatesTo("a:personal-" + ForgetEverywhere.SupervisorTeamsId));
        var text = BotTestHost.Text(update.Body);
        Assert.Contains(ContactRequestCard.WithdrawnText, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ForgetEverywhere.TherapistName, text, StringComparison.Ordinal);
        Assert.Empty(CardPresses.Buttons(update.Body));

        var pressed = await _scenario.AnswerAsSupervisorAsync(_scenario.RequestCard);
        Assert.Equal(ContactRequestCard.NoLongerOpen, (string?)pressed["value"]);
    }

    [Fact]
    public async Task ForgetMe_ByTheOnlySupervisor_LeavesTheGroupRunningAndSayingItNeedsOne()
    {
        Assert.Contains(_scenario.Supervisor, await _scenario.StoredTextAsync(), StringComparison.Ordinal);

        await _scenario.ForgetAsync(ForgetEverywhere.SupervisorAad, ForgetEverywhere.SupervisorName);

        var group = await _scenario.GroupAsync();
        Assert.True(group.NeedsSupervisor);
        Assert.False(group.IsPaused);
        Assert.DoesNotContain(_scenario.Supervisor, await _scenario.StoredTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(ForgetEverywhere.SupervisorTeamsId, await _scenario.StoredTextAsync(), StringComparison.Ordinal);

        await _host.PostAsync(TeamsActivities.Message(_host.ServiceUrl, "groups"));
        Assert.Contains(GroupListCard.NeedsSupervisor(isPaused: false), BotTestHost.Text(_scenario.LastCardTo("a:personal-1")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyReflections_ShowsTheirGroupsAndRequestsForContact_AndNothingAfterForgetting()
    {
        await _host.PostAsync(TeamsActivities.Message(_host.ServiceUrl, "my reflections"));
        var before = BotTestHost.Text(_scenario.LastCardTo("a:personal-1"));

        await _scenario.ForgetAsync();
        await _host.PostAsync(TeamsActivities.Message(_host.ServiceUrl, "my reflections"));
        var after = BotTestHost.Text(_scenario.LastCardTo("a:personal-1"));

        Assert.Contains("In your supervision groups", before, StringComparison.Ordinal);
        Assert.Contains(ForgetEverywhere.GroupName, before, StringComparison.Ordinal);
        Assert.Contains("Requests for contact I hold (2)", before, StringComparison.Ordinal);
        Assert.DoesNotContain("In your supervision groups", after, StringComparison.Ordinal);
        Assert.Contains("no saved reflections", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_IncludesTheirGroupsAndRequestsForContact()
    {
        await _host.PostAsync(TeamsActivities.Message(_host.ServiceUrl, "export"));
        var link = CardPresses.Buttons(_scenario.LastCardTo("a:personal-1")).Single(b => (string?)b["type"] == "Action.OpenUrl");

        var markdown = await _host.Client.GetStringAsync(new Uri((string)link["url"]!).PathAndQuery);

        Assert.Contains("## My supervision groups", markdown, StringComparison.Ordinal);
        Assert.Contains("- Tuesday group: member", markdown, StringComparison.Ordinal);
        Assert.Contains("- Asked for contact through Tuesday group: not answered yet", markdown, StringComparison.Ordinal);
    }

    /// <summary>No stored name or document holds the therapist's pseudonym, display name, Teams id, their words, or a request of theirs.</summary>
    internal static async Task AssertForgottenAsync(ForgetEverywhere scenario)
    {
        var stored = await scenario.StoredTextAsync();
        Assert.DoesNotContain(scenario.Therapist, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(ForgetEverywhere.TherapistName, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(TeamsActivities.UserId, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(ForgetEverywhere.TheirQuestion, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(scenario.TheirReflection.ToString(), stored, StringComparison.OrdinalIgnoreCase);

        // What others hold stays.
        Assert.Contains(scenario.Supervisor, stored, StringComparison.Ordinal);
        Assert.Contains(ForgetEverywhere.ColleaguesQuestion, stored, StringComparison.Ordinal);
    }
}
