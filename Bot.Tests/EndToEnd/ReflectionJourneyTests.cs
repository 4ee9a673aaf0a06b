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
    public async Task FullReflection_WithARiskConcern_GoingDeeper_BackSkipAndAnEditFromReview_IsConfirmed()
    {
        await Page.GetByText("Welcome to SupervisionBot").First.WaitForAsync();
        await Button("Reflect on a session").ClickAsync();

        // 1 The case: the suggested label is prefilled; the setting is asked.
        await Heading("The case");
        Assert.Equal("Client A", await Page.GetByLabel("Case label").InputValueAsync());
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Online, by video" }).CheckAsync();
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Middle: the work is under way" }).CheckAsync();
        await Shot("reflection-1-case");
        await Button("Next").ClickAsync();

        // 2 Feeling safe and held.
        await Heading("Feeling safe and held");
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Mostly: they seemed fairly settled with me" }).CheckAsync();
        await Page.GetByLabel("What helped them feel held, or got in the way?").FillAsync("Keeping to time, and staying with a long silence.");
        await Shot("reflection-2-containment");
        await Button("Next").ClickAsync();

        // 3 Risk, then Back once: the containment answers are still there.
        await Heading("Risk");
        await Shot("reflection-3-risk");
        await Button("Back").ClickAsync();
        await Heading("Feeling safe and held");
        Assert.Equal("Keeping to time, and staying with a long silence.", await Page.GetByLabel("What helped them feel held, or got in the way?").InputValueAsync());
        await Button("Next").ClickAsync();

        // "Not sure" brings up the contact offer on the same card, its consequence and the reminder beside it.
        await Heading("Risk");
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Not sure" }).CheckAsync();
        await Button("Next").ClickAsync();
        // This therapist is in no supervision group, so the offer says there is nobody to send it to.
        await Page.GetByText("so I can't send this request to anyone", new() { Exact = false }).Last.WaitForAsync();
        await Page.GetByText("follow your usual safeguarding procedure now", new() { Exact = false }).Last.WaitForAsync();
        await Heading("Risk");
        await Page.GetByLabel("Ask my supervisor to contact me before our next meeting").CheckAsync();
        await Shot("reflection-3b-risk-contact-offer");
        await Button("Next").ClickAsync();

        // 4 The here and now.
        await Heading("The here and now");
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Long silences" }).CheckAsync();
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Warmth or closeness" }).CheckAsync();
        await Page.GetByLabel("What did you feel, in yourself, during the session?").FillAsync("Protective, and a little sleepy.");
        await Shot("reflection-4-here-and-now");
        await Button("Next").ClickAsync();

        // 5 The therapy relationship: skipped once.
        await Heading("The therapy relationship");
        await Shot("reflection-5-relationship");
        await Button("Skip this step").ClickAsync();

        // 6 Talking about the relationship.
        await Heading("Talking about the relationship");
        await Page.GetByRole(AriaRole.Radio, new() { Name = "I challenged, and the relationship held" }).CheckAsync();
        await Shot("reflection-6-talking-about-us");
        await Button("Next").ClickAsync();

        // 7 You, choosing to go deeper on one area.
        await Heading("You");
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Steady" }).CheckAsync();
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Difference and power between us" }).CheckAsync();
        await Shot("reflection-7-you");
        await Button("Next").ClickAsync();

        // 8 Going deeper: only the area ticked.
        await Heading("Going deeper");
        await Page.GetByLabel("How did difference and power show between you?").FillAsync("We are from different generations; I wondered what that meant to her.");
        Assert.Equal(0, await Page.GetByLabel("Is there an ethical question or a boundary to think about?").CountAsync());
        await Shot("reflection-8-going-deeper");
        await Button("Next").ClickAsync();

        // 9 For supervision.
        await Heading("For supervision");
        await Page.GetByLabel("If you have brought this client to supervision before: what changed in the work after it?").FillAsync("I stopped filling the silences.");
        await Page.GetByLabel("The question I want to bring").FillAsync("How do I stay with the silences without filling them?");
        // In no group, "keep private" is the only choice, and the card says how to join a group.
        Assert.Equal(0, await Page.GetByRole(AriaRole.Radio, new() { Name = "Mark it to share with my supervisor" }).CountAsync());
        await Page.GetByText("To join one, add me to your supervision group's Teams chat", new() { Exact = false }).Last.WaitForAsync();
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Keep this private" }).CheckAsync();
        await Shot("reflection-9-for-supervision");
        await Button("Next").ClickAsync();

        // Review: edit "You" and come back.
        await Heading("Check your reflection");
        await Shot("reflection-10-review");
        // One Edit button per step asked, in flow order: the seventh is "You".
        await Page.GetByRole(AriaRole.Button, new() { Name = "Edit", Exact = true }).Nth(6).ClickAsync();
        await Heading("You");
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Okay" }).CheckAsync();
        await Button("Back to review").ClickAsync();
        await Heading("Check your reflection");
        await Page.GetByText("Okay", new() { Exact = true }).First.WaitForAsync();
        await Shot("reflection-11-review-after-edit");

        // The confirmation says what was chosen, and plainly why the request was not sent.
        await Button("Confirm and save").ClickAsync();
        await Heading("Thank you, your reflection is saved");
        await Page.GetByText("It is private, in your own records.", new() { Exact = false }).Last.WaitForAsync();
        await Page.GetByText("because you are not in a supervision group with me yet", new() { Exact = false }).Last.WaitForAsync();
        await Shot("reflection-12-confirmed");

        Assert.DoesNotContain(_session.BotLog, line => line.Contains("silence", StringComparison.OrdinalIgnoreCase) && !line.Contains("Reflection ", StringComparison.Ordinal));
        Assert.DoesNotContain(_session.BotLog, line => line.Contains("Protective", StringComparison.Ordinal));
        Assert.DoesNotContain(_session.BotLog, line => line.Contains("generations", StringComparison.Ordinal));
        Assert.DoesNotContain(_session.BotLog, line => line.StartsWith("fail:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QuickCheckIn_ThreeCards_WithWhatChangedAfterSupervision_IsConfirmed()
    {
        await Page.GetByText("Welcome to SupervisionBot").First.WaitForAsync();
        await _session.SendAsync("quick");

        await Heading("Quick check-in");
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Settled: I can put it down" }).CheckAsync();
        await Shot("quick-1-rating");
        await Button("Next").ClickAsync();

        await Heading("In a sentence");
        await Page.GetByLabel("One sentence").FillAsync("Client A and I found our rhythm again.");
        await Page.GetByLabel("Since your last supervision meeting, has anything changed in your work because of it?").FillAsync("I name endings earlier now.");
        await Shot("quick-2-sentence");
        await Button("Next").ClickAsync();

        await Heading("Sharing");
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Keep this private" }).CheckAsync();
        await Shot("quick-3-sharing");
        await Button("Next").ClickAsync();

        await Heading("Check your reflection");
        await Page.GetByText("I name endings earlier now.", new() { Exact = true }).Last.WaitForAsync();
        await Button("Confirm and save").ClickAsync();
        await Heading("Thank you, your reflection is saved");
        await Page.GetByText("It is private, in your own records.", new() { Exact = false }).Last.WaitForAsync();
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
