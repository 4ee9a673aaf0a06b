using Microsoft.Playwright;

namespace SupervisionBot.Bot.Tests.EndToEnd;

/// <summary>A therapist's first minutes with the bot, through a real Teams client.</summary>
[Collection(EndToEndGroup.Name)]
public sealed class PlaygroundJourneyTests : IAsyncLifetime
{
    private PlaygroundSession _session = null!;

    public async Task InitializeAsync() => _session = await PlaygroundSession.StartAsync();

    public async Task DisposeAsync() => await _session.DisposeAsync();

    [Fact]
    public async Task PersonalChat_WelcomeThenHelpThenPrivacy_ThenGroupIntroduction()
    {
        var page = _session.Page;

        // Opening the Playground installs the bot in the personal chat: the welcome card arrives once.
        await page.GetByText("Welcome to SupervisionBot").First.WaitForAsync();
        await page.GetByText("Who sees it").First.WaitForAsync();
        await _session.ScreenshotAsync("01-welcome");

        await _session.SendAsync("help");
        await page.GetByText("What I can do").First.WaitForAsync();
        await page.GetByText("They are not a validated scale", new() { Exact = false }).Last.WaitForAsync();
        await _session.ScreenshotAsync("02-help");
        Assert.Equal(1, await page.GetByText("Welcome to SupervisionBot").CountAsync());

        // A card button (Action.Execute) opens the privacy card.
        await page.GetByRole(AriaRole.Button, new() { Name = "How my data is handled" }).Last.ClickAsync();
        await page.GetByText("How your data is handled").First.WaitForAsync();
        await page.GetByText("Automatic removal can miss things", new() { Exact = false }).Last.WaitForAsync();
        await _session.ScreenshotAsync("03-privacy");

        // The worked examples: four, the last an online ending made up for the product.
        await _session.SendAsync("examples");
        await page.GetByText("Worked examples", new() { Exact = true }).Last.WaitForAsync();
        await _session.ScreenshotAsync("03b-examples");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open", Exact = true }).Nth(3).ClickAsync();
        await page.GetByText("Example: an angry ending, online", new() { Exact = true }).Last.WaitForAsync();
        await page.GetByText("This is a fictional example", new() { Exact = false }).Last.WaitForAsync();
        await _session.ScreenshotAsync("03c-example-ending-online");

        await _session.SendAsync("something the bot does not know");
        await page.GetByText("Sorry, I didn't recognise that").First.WaitForAsync();

        // Adding the bot to a group chat: it introduces itself once and says how to mention it.
        await page.GetByRole(AriaRole.Treeitem, new() { Name = "Group Chat" }).ClickAsync();
        await page.GetByText("Hello, I'm SupervisionBot").First.WaitForAsync();
        await _session.ScreenshotAsync("04-group-introduction");

        Assert.DoesNotContain(_session.BotLog, line => line.Contains("something the bot does not know", StringComparison.Ordinal));
        Assert.DoesNotContain(_session.BotLog, line => line.Contains("fail:", StringComparison.Ordinal));
    }
}
