using Microsoft.Playwright;

namespace SupervisionBot.Bot.Tests.EndToEnd;

/// <summary>
/// A therapist completes reflections by clicking through the cards in a real Teams client
/// (the Agents Playground in headless Chromium). Every step card is saved as a screenshot.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class ReflectionJourneyTests : IAsyncLifetime
{
    private PlaygroundSession _session = null!;

    private IPage Page => _session.Page;

    public async Task InitializeAsync() => _session = await PlaygroundSession.StartAsync();

    public async Task DisposeAsync()
    {
        // Whatever happened, keep a picture of where the journey ended.
        await _session.ScreenshotAsync("reflection-last-screen");
        await _session.DisposeAsync();
    }

    [Fact]
    public async Task FullReflection_WithBackSkipAndAnEditFromReview_IsConfirmed()
    {
        await Page.GetByText("Welcome to SupervisionBot").First.WaitForAsync();
        await Button("Reflect on a session").ClickAsync();

        // 1 The case: the suggested label is prefilled.
        await Heading("The case");
        Assert.Equal("Client A", await Page.GetByLabel("Case label").InputValueAsync());
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Middle: the work is under way" }).CheckAsync();
        await Shot("reflection-1-case");
        await Button("Next").ClickAsync();

        // 2 Containment.
        await Heading("Containment and holding");
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Mostly: they seemed fairly settled with me" }).CheckAsync();
        await Page.GetByLabel("What helped them feel held, or got in the way?").FillAsync("Keeping to time, and staying with a long silence.");
        await Shot("reflection-2-containment");
        await Button("Next").ClickAsync();

        // 3 The here and now, then Back once: the containment answers are still there.
        await Heading("The here and now");
        await Shot("reflection-3-here-and-now");
        await Button("Back").ClickAsync();
        await Heading("Containment and holding");
        Assert.Equal("Keeping to time, and staying with a long silence.", await Page.GetByLabel("What helped them feel held, or got in the way?").InputValueAsync());
        await Button("Next").ClickAsync();

        await Heading("The here and now");
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Silence" }).CheckAsync();
        await Page.GetByLabel("What did you feel in the room?").FillAsync("Protective, and a little sleepy.");
        await Button("Next").ClickAsync();

        // 4 The therapy relationship: skipped once.
        await Heading("The therapy relationship");
        await Shot("reflection-4-relationship");
        await Button("Skip this step").ClickAsync();

        // 5 You.
        await Heading("You");
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Steady" }).CheckAsync();
        await Shot("reflection-5-you");
        await Button("Next").ClickAsync();

        // 6 For supervision.
        await Heading("For supervision");
        await Page.GetByLabel("The question I want to bring").FillAsync("How do I stay with the silences without filling them?");
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Share with my supervisor" }).CheckAsync();
        await Shot("reflection-6-for-supervision");
        await Button("Next").ClickAsync();

        // Review: edit "You" and come back.
        await Heading("Check your reflection");
        await Shot("reflection-7-review");
        // One Edit button per step, in flow order: the fifth is "You".
        await Page.GetByRole(AriaRole.Button, new() { Name = "Edit", Exact = true }).Nth(4).ClickAsync();
        await Heading("You");
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Okay" }).CheckAsync();
        await Button("Back to review").ClickAsync();
        await Heading("Check your reflection");
        await Page.GetByText("Okay", new() { Exact = true }).First.WaitForAsync();
        await Shot("reflection-8-review-after-edit");

        await Button("Confirm and save").ClickAsync();
        await Heading("Thank you, your reflection is saved");
        await Page.GetByText("You chose to share it with your supervisor", new() { Exact = false }).Last.WaitForAsync();
        await Shot("reflection-9-confirmed");

        Assert.DoesNotContain(_session.BotLog, line => line.Contains("silence", StringComparison.OrdinalIgnoreCase) && !line.Contains("Reflection ", StringComparison.Ordinal));
        Assert.DoesNotContain(_session.BotLog, line => line.Contains("Protective", StringComparison.Ordinal));
        Assert.DoesNotContain(_session.BotLog, line => line.StartsWith("fail:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QuickCheckIn_ThreeCards_IsConfirmed()
    {
        await Page.GetByText("Welcome to SupervisionBot").First.WaitForAsync();
        await _session.SendAsync("quick");

        await Heading("Quick check-in");
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Settled: I can put it down" }).CheckAsync();
        await Shot("quick-1-rating");
        await Button("Next").ClickAsync();

        await Heading("In a sentence");
        await Page.GetByLabel("One sentence").FillAsync("Client A and I found our rhythm again.");
        await Shot("quick-2-sentence");
        await Button("Next").ClickAsync();

        await Heading("Sharing");
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Keep this private" }).CheckAsync();
        await Shot("quick-3-sharing");
        await Button("Next").ClickAsync();

        await Heading("Check your reflection");
        await Button("Confirm and save").ClickAsync();
        await Heading("Thank you, your reflection is saved");
        await Page.GetByText("only you can see it", new() { Exact = false }).Last.WaitForAsync();
        await Shot("quick-4-confirmed");
        Assert.DoesNotContain(_session.BotLog, line => line.Contains("rhythm", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SaveForLater_WorksOnAHalfFilledCard_AndNextExplainsWhatIsMissing()
    {
        await Page.GetByText("Welcome to SupervisionBot").First.WaitForAsync();
        await _session.SendAsync("quick");
        await Heading("Quick check-in");

        // Nothing chosen yet: Next explains on the card itself.
        await Button("Next").ClickAsync();
        await Page.GetByText("Please", new() { Exact = false }).Last.WaitForAsync();
        await Shot("quick-0-missing-answer");

        // Save for later is never blocked by what is still missing.
        await Button("Save for later").ClickAsync();
        await Heading("Saved for later");
        await _session.SendAsync("resume");
        await Heading("Quick check-in");
    }

    private ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).Last;

    private Task Heading(string text) => Page.GetByText(text, new() { Exact = true }).Last.WaitForAsync();

    private Task Shot(string name) => _session.ScreenshotAsync(name);
}
