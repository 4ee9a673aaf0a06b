namespace SupervisionBot.Bot.Tests.EndToEnd;

/// <summary>
/// The harness itself, through the real Playground: a test can speak as any mock user in the
/// group chat and in their own 1:1 chat, and read what the bot posted in each.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class PlaygroundHarnessTests : IAsyncLifetime
{
    private PlaygroundSession _session = null!;

    public async Task InitializeAsync() => _session = await PlaygroundSession.StartAsync();

    public async Task DisposeAsync() => await _session.DisposeAsync();

    [Fact]
    public async Task AnyMockUser_CanMentionTheBotInTheGroupChat_AndWriteInTheirOwn1to1()
    {
        var cast = _session.Cast;
        Assert.Equal(5, cast.Others.Count);
        Assert.Equal(6, cast.Everyone.Select(user => user.AadObjectId).Distinct().Count());
        var megan = cast.Others[0];
        var adele = cast.Others[1];

        await _session.MentionAsync(megan, cast.GroupChatId, "privacy");
        var privacy = await _session.WaitForPostAsync(cast.GroupChatId, post => post.Readable.Contains("How your data is handled", StringComparison.Ordinal));
        Assert.NotNull(privacy.ActivityId);

        var adelesChat = await _session.PersonalChatOfAsync(adele);
        Assert.NotEqual(await _session.PersonalChatOfAsync(cast.Me), adelesChat);
        await _session.SayAsync(adele, adelesChat, "help");
        var help = await _session.WaitForPostAsync(adelesChat, post => post.Readable.Contains("What I can do", StringComparison.Ordinal));

        // The help card answered Adele in her chat, and nothing of it went to the group chat.
        Assert.DoesNotContain(_session.Connector.Posts, post => post.ConversationId == cast.GroupChatId && post.Readable.Contains("What I can do", StringComparison.Ordinal));
        Assert.Contains("reflect", help.Readable, StringComparison.Ordinal);

        // A button on a card, pressed as another user: the invoke answer comes back to the test.
        var answer = await _session.PressAsync(adele, help, new() { ["verb"] = "privacy" });
        Assert.Equal("See the new card below.", (string?)answer["value"]);
        await _session.WaitForPostAsync(adelesChat, post => post.Readable.Contains("How your data is handled", StringComparison.Ordinal));
    }
}
