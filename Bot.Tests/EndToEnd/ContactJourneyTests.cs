using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Bot.Tests.Supervision;
using SupervisionBot.Cards.Contact;
using SupervisionBot.Cards.Reflection;

namespace SupervisionBot.Bot.Tests.EndToEnd;

/// <summary>
/// Issue 12.3 through the real client: a member of a group confirms a check-in with a request for
/// contact, the supervisor's own 1:1 chat receives it at once, and their "I'll be in touch"
/// reaches the member's chat, which the Playground's web UI shows.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class ContactJourneyTests : IAsyncLifetime
{
    private const string GroupId = "c0ffee00c0ffee00";

    private PlaygroundSession _session = null!;

    public async Task InitializeAsync() => _session = await PlaygroundSession.StartAsync();

    public async Task DisposeAsync()
    {
        await _session.ScreenshotAsync("contact-last-screen");
        await _session.DisposeAsync();
    }

    [Fact]
    public async Task ContactRequest_ReachesTheSupervisorsChat_AndTheirAnswerReachesTheMember()
    {
        var cast = _session.Cast;
        var member = cast.Me;
        var supervisor = cast.Others[0];
        await _session.Page.GetByText("Welcome to SupervisionBot").First.WaitForAsync();

        await SetUpGroupAsync(member, supervisor);

        // The member (the Playground's own user) starts a check-in in the web UI, and answers its cards.
        await _session.SendAsync("quick");
        var card = await WaitForAnyPostAsync(post => post.Readable.Contains("Step 1 of 3 · Quick check-in", StringComparison.Ordinal));
        var memberChat = card.ConversationId;
        var step = await PressNextAsync(member, card, new() { ["howTheWorkSits"] = "2" });
        step = await PressNextAsync(member, step, new() { ["oneSentence"] = "An ending is stirring things up for me." });
        Assert.Contains("Your supervision group: Tuesday group.", BotTestHost.Text(step), StringComparison.Ordinal);
        var review = await PressNextAsync(member, step, new() { ["sharing"] = "private", ["requestSupervisorContact"] = "true" });
        var confirmation = await PressAsync(member, review, ReflectionVerbs.Confirm, []);
        var confirmed = BotTestHost.Text(confirmation);
        Assert.True(
            confirmed.Contains(ReflectionNotices.ContactSent, StringComparison.Ordinal),
            string.Join('\n', _session.BotLog.Where(line => line.Contains("Proactive", StringComparison.Ordinal) || line.Contains("Contact request", StringComparison.Ordinal) || line.Contains("warn", StringComparison.Ordinal))));

        // The supervisor's 1:1 (the one the bot started with them) has the request: the member's name and the group, nothing from the check-in.
        var request = await WaitForAnyPostAsync(post => post.Readable.Contains("asked you to contact them", StringComparison.Ordinal));
        Assert.Equal(_session.Connector.ChatStartedWith(supervisor.Id), request.ConversationId);
        Assert.NotEqual(memberChat, request.ConversationId);
        Assert.Contains($"{member.Name} asked you to contact them before your next meeting.", request.Readable, StringComparison.Ordinal);
        Assert.Contains("Tuesday group", request.Readable, StringComparison.Ordinal);
        Assert.DoesNotContain("ending is stirring", request.Readable, StringComparison.Ordinal);

        // "I'll be in touch": the supervisor's card changes, and the member's chat is told.
        var answer = await _session.PressAsync(supervisor, request, (JsonObject)CardPresses.Buttons(request.Cards[0]).Single()["data"]!.DeepClone());
        Assert.Contains(ContactRequestCard.ToldNow, BotTestHost.Text(answer["value"]!), StringComparison.Ordinal);
        var told = await _session.WaitForPostAsync(memberChat, post => post.Readable.Contains("will be in touch", StringComparison.Ordinal));
        Assert.Contains($"{supervisor.Name} has seen your request and will be in touch.", told.Readable, StringComparison.Ordinal);

        // The member's own view in the Playground, as a person would see it.
        await _session.Page.GetByText($"{supervisor.Name} has seen your request and will be in touch.", new() { Exact = false }).Last.WaitForAsync();
        await _session.ScreenshotAsync("contact-1-member-told");
    }

    /// <summary>
    /// The group as the bot will find it: written into the bot's own store with its own pseudonym
    /// key, as <c>setup</c> would (the setup card is another branch's work).
    /// </summary>
    private async Task SetUpGroupAsync(PlaygroundUser member, PlaygroundUser supervisor)
    {
        var key = await File.ReadAllTextAsync(Path.Combine(_session.BotDataFolder, DevelopmentPseudonymKey.FileName));
        var pseudonyms = new Pseudonymizer(Options.Create(new PseudonymOptions { PseudonymKey = key }));
        using var store = new LocalFolderSessionStore(Path.Combine(_session.BotDataFolder, "bot-state"), pseudonyms, TimeProvider.System, NullLogger<LocalFolderSessionStore>.Instance);
        var directory = new GroupDirectory(new GroupStore(store), store, NullLogger<GroupDirectory>.Instance);
        var (memberKey, supervisorKey) = (pseudonyms.ForUser(_session.Cast.TenantId, member.AadObjectId), pseudonyms.ForUser(_session.Cast.TenantId, supervisor.AadObjectId));
        var group = SupervisionFixture.Group(SupervisionFixture.LondonMondays(new DateOnly(2027, 3, 8)) with { Name = "Tuesday group", Supervisors = [supervisorKey] }, memberKey)
            with
        { Id = GroupId, Members = [supervisorKey, memberKey] };
        Assert.True((await directory.SaveGroupAsync("msteams", group, null, default)).IsSaved);
        await directory.LinkAsync("msteams", memberKey, GroupId, null, default);
        await directory.LinkAsync("msteams", supervisorKey, GroupId, null, default);

        // Where the supervisor's 1:1 can be started. The bot learns it from their own messages, but the
        // Playground's message endpoint sends no AAD object id, which the bot keys people by.
        await directory.RememberAddressAsync("msteams", supervisorKey, new PersonAddress(supervisor.Id, _session.Connector.Address.ToString(), _session.Cast.TenantId), default);
    }

    private async Task<JsonObject> PressNextAsync(PlaygroundUser user, object card, Dictionary<string, string> inputs) =>
        await PressAsync(user, card, ReflectionVerbs.Next, inputs);

    /// <summary>Presses a button on a card (a post, or a card that replaced one in place) and returns the card that replaces it.</summary>
    private async Task<JsonObject> PressAsync(PlaygroundUser user, object card, string verb, Dictionary<string, string> inputs)
    {
        var (post, content) = card switch
        {
            BotPost p => (p, p.Cards[0]),
            JsonObject replaced => (_lastPost!, replaced),
            _ => throw new ArgumentOutOfRangeException(nameof(card)),
        };
        _lastPost = post;
        var data = (JsonObject)CardPresses.Buttons(content).First(b => (string?)b["verb"] == verb)["data"]!.DeepClone();
        foreach (var (name, value) in inputs)
        {
            data[name] = value;
        }

        var answer = await _session.PressAsync(user, post, data);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)answer["type"]);
        return answer["value"]!.AsObject();
    }

    private BotPost? _lastPost;

    private async Task<BotPost> WaitForAnyPostAsync(Func<BotPost, bool> match)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            if (_session.Connector.Posts.LastOrDefault(match) is { } post)
            {
                return post;
            }

            await Task.Delay(200, patience.Token);
        }
    }
}
