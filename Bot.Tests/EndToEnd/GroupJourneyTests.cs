using System.Text.Json.Nodes;
using Microsoft.Playwright;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Groups;
using SupervisionBot.Supervision.Groups;
using static SupervisionBot.Bot.Tests.EndToEnd.PlaygroundGroupSetup;

namespace SupervisionBot.Bot.Tests.EndToEnd;

/// <summary>
/// A supervision group set up in the Playground's group chat, by its mock users: setup by
/// @mention, a supervisor chosen from the member list the Playground's member API serves, a
/// non-supervisor refused, onboarding notes in members' 1:1 chats, and groups in a member's 1:1.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class GroupJourneyTests : IAsyncLifetime
{
    private PlaygroundSession _session = null!;

    public async Task InitializeAsync() => _session = await PlaygroundSession.StartAsync();

    public async Task DisposeAsync()
    {
        await _session.ScreenshotAsync("group-last-screen");
        await _session.DisposeAsync();
    }

    [Fact]
    public async Task SetupByMention_SupervisorFromTheMemberList_NonSupervisorRefused_MembersOnboarded_GroupsListed()
    {
        var page = _session.Page;
        var cast = _session.Cast;
        var (me, megan, adele) = (cast.Me, cast.Named("Megan Bowen"), cast.Named("Adele Vance"));
        var group = cast.GroupChatId;

        await _session.OpenGroupChatAsync();

        // Setup by @mention: the card lists the conversation's members, from the member API.
        var setup = await _session.RequestSetupCardAsync(me);
        await page.GetByText("Set up this supervision group").Last.WaitForAsync();
        await page.GetByText("Megan Bowen").Last.WaitForAsync();
        await _session.ScreenshotAsync("group-1-setup-card");
        var choices = PlaygroundGroupSetup.SupervisorChoices(setup);
        Assert.Equal(cast.Everyone.Select(u => u.Name).Order(StringComparer.Ordinal), choices.Keys.Order(StringComparer.Ordinal));
        var meganKey = choices[megan.Name];

        // Alex fills it in and saves, choosing Megan as the supervisor; a date in the past first.
        var values = Values(meganKey, NextMonday());
        var problem = await _session.PressAsync(me, setup, Values(meganKey, new DateOnly(2020, 1, 6)));
        Assert.Contains("The next meeting is in the past", BotTestHost.Text(problem["value"]!), StringComparison.Ordinal);
        var saved = await _session.PressAsync(me, setup, values);
        Assert.Equal("Thursday group is set up", BotTestHost.Heading(saved["value"]!.AsObject()));

        // Alex is a member now, not a supervisor: refused, kindly, in the group chat.
        await _session.MentionAsync(me, group, "pause group");
        await _session.WaitForPostAsync(group, post => post.Text == GroupCommands.SupervisorsOnlyMessage);
        var refusedSave = await _session.PressAsync(me, setup, With(Values(meganKey, NextMonday()), GroupSetupFields.Name, "Taken over"));
        Assert.Equal(GroupCommands.SupervisorsOnlyMessage, (string?)refusedSave["value"]);
        await page.GetByText("Only this group's supervisors can change its settings").Last.WaitForAsync();
        await _session.ScreenshotAsync("group-2-non-supervisor-refused");

        // Megan, the supervisor, may: she saves the settings again. (A button, as the Playground
        // sends another user's identity only with card actions: it types everything as Alex.)
        var changed = await _session.PressAsync(megan, setup, Values(meganKey, NextMonday()));
        Assert.Equal("Settings changed", BotTestHost.Heading(changed["value"]!.AsObject()));

        // Each member is told once, in a 1:1 the bot starts: Megan as supervisor, Adele as a member.
        var meganNote = await _session.WaitForChatWithAsync(megan);
        await _session.WaitForPostAsync(meganNote, post => post.Readable.Contains("You supervise Thursday group", StringComparison.Ordinal));
        var adeleChat = await _session.WaitForChatWithAsync(adele);
        var adeleNote = await _session.WaitForPostAsync(adeleChat, post => post.Readable.Contains("You're a member of Thursday group", StringComparison.Ordinal));
        Assert.Contains("Leave this group", adeleNote.Readable, StringComparison.Ordinal);

        // "My groups" on Adele's note shows the group and her role. (Her button: only card actions
        // come from other users; the Playground sends whatever is typed as Alex.)
        var pressed = await _session.PressAsync(adele, adeleNote, adeleNote.ButtonData("My groups"));
        var list = pressed["value"] is JsonObject card
            ? BotTestHost.Text(card)
            : (await _session.WaitForPostAsync(adeleChat, post => post.Readable.Contains("Your supervision groups", StringComparison.Ordinal))).Readable;
        Assert.Contains("Your supervision groups", list, StringComparison.Ordinal);
        Assert.Contains("Thursday group", list, StringComparison.Ordinal);
        Assert.Contains("You are a member.", list, StringComparison.Ordinal);

        // Alex's own 1:1 is the one the web UI shows: his note, and groups, as he sees them.
        await page.GetByRole(AriaRole.Treeitem, new() { Name = "Personal Chat" }).First.ClickAsync();
        await page.GetByText("You're a member of Thursday group").Last.WaitForAsync();
        await _session.SendAsync("groups");
        await page.GetByText("Your supervision groups").Last.WaitForAsync();
        await _session.ScreenshotAsync("group-3-onboarding-and-groups");

        Assert.Equal(1, _session.Connector.Posts.Count(post => post.ConversationId == adeleChat && post.Readable.Contains("You're a member of", StringComparison.Ordinal)));
        Assert.DoesNotContain(_session.BotLog, line => line.Contains("fail:", StringComparison.Ordinal));
        Assert.DoesNotContain(_session.BotLog, line => line.Contains("Megan", StringComparison.Ordinal) || line.Contains("Thursday group", StringComparison.Ordinal));
    }

    private static JsonObject With(JsonObject values, string field, string value)
    {
        values[field] = value;
        return values;
    }
}
