namespace SupervisionBot.Bot.Tests.EndToEnd;

/// <summary>
/// The harness itself, through the real Playground: its current user can write in the group chat
/// and in 1:1 chats, any mock user can press buttons, and the test reads what the bot posted in
/// each. Typing as another mock user is refused: the Playground would send it as its current user.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class PlaygroundHarnessTests : IAsyncLifetime
{
    private PlaygroundSession _session = null!;

    public async Task InitializeAsync() => _session = await PlaygroundSession.StartAsync();

    public async Task DisposeAsync() => await _session.DisposeAsync();

    [Fact]
    public async Task CurrentUser_MentionsInTheGroupChat_AndWritesIn1to1s_AnyMockUserPressesButtons()
    {
        var cast = _session.Cast;
        Assert.Equal(5, cast.Others.Count);
        Assert.Equal(6, cast.Everyone.Select(user => user.AadObjectId).Distinct().Count());
        var (me, megan, adele) = (cast.Me, cast.Others[0], cast.Others[1]);

        await _session.MentionAsync(me, cast.GroupChatId, "privacy");
        var privacy = await _session.WaitForPostAsync(cast.GroupChatId, post => post.Readable.Contains("How your data is handled", StringComparison.Ordinal));
        Assert.NotNull(privacy.ActivityId);

        // Each mock user has a 1:1 of their own; typing in one as anyone but the current user is refused.
        var adelesChat = await _session.PersonalChatOfAsync(adele);
        var myChat = await _session.PersonalChatOfAsync(me);
        Assert.NotEqual(myChat, adelesChat);
        await Assert.ThrowsAsync<ArgumentException>(() => _session.SayAsync(adele, adelesChat, "help"));
        await Assert.ThrowsAsync<ArgumentException>(() => _session.MentionAsync(megan, cast.GroupChatId, "help"));

        await _session.SayAsync(me, myChat, "help");
        var help = await _session.WaitForPostAsync(myChat, post => post.Readable.Contains("What I can do", StringComparison.Ordinal));

        // The help card answered in that chat, and nothing of it went to the group chat.
        Assert.DoesNotContain(_session.Connector.Posts, post => post.ConversationId == cast.GroupChatId && post.Readable.Contains("What I can do", StringComparison.Ordinal));
        Assert.Contains("reflect", help.Readable, StringComparison.Ordinal);

        // A button on a card, pressed as another user: the invoke answer comes back to the test.
        var answer = await _session.PressAsync(megan, privacy, new() { ["verb"] = "privacy" });
        Assert.Equal("See the new card below.", (string?)answer["value"]);
        await _session.WaitForPostAsync(cast.GroupChatId, post => post.ActivityId != privacy.ActivityId && post.Readable.Contains("How your data is handled", StringComparison.Ordinal));
    }
}
