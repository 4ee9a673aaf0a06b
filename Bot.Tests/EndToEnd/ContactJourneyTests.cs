using System.Text.Json.Nodes;
using Microsoft.Playwright;
using SupervisionBot.Bot.Tests.Infrastructure;
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
        await SetUpGroupAsync(member, supervisor);

        // The member (the Playground's own user) starts a check-in in the web UI, and answers its cards.
        await _session.SendAsync("quick");
        var card = await WaitForAnyPostAsync(post => post.Readable.Contains("Step 1 of 3 · Quick check-in", StringComparison.Ordinal));
        var memberChat = card.ConversationId;
        var step = await PressNextAsync(member, card, new() { ["howTheWorkSits"] = "2" });
        step = await PressNextAsync(member, step, new() { ["oneSentence"] = "An ending is stirring things up for me." });
        Assert.Contains($"Your supervision group: {PlaygroundGroupSetup.GroupName}.", BotTestHost.Text(step), StringComparison.Ordinal);
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
        Assert.Contains(PlaygroundGroupSetup.GroupName, request.Readable, StringComparison.Ordinal);
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
    /// The group, set up as people do it: the member mentions the bot with <c>setup</c> in the group
    /// chat and saves the card with <paramref name="supervisor"/> as its supervisor. The bot learns
    /// where to reach each member from the conversation's member list, and says hello to each 1:1.
    /// </summary>
    private async Task SetUpGroupAsync(PlaygroundUser member, PlaygroundUser supervisor)
    {
        await _session.OpenGroupChatAsync();
        var setup = await _session.RequestSetupCardAsync(member);
        var saved = await _session.PressAsync(member, setup, PlaygroundGroupSetup.Values(PlaygroundGroupSetup.SupervisorChoices(setup)[supervisor.Name], PlaygroundGroupSetup.NextMonday()));
        Assert.Equal($"{PlaygroundGroupSetup.GroupName} is set up", BotTestHost.Heading(saved["value"]!.AsObject()));
        await _session.WaitForChatWithAsync(supervisor);
        await _session.Page.GetByRole(AriaRole.Treeitem, new() { Name = "Personal Chat" }).First.ClickAsync();
        await _session.Page.GetByText($"You're a member of {PlaygroundGroupSetup.GroupName}").Last.WaitForAsync();
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
