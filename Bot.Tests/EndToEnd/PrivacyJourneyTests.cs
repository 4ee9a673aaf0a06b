using Azure.Storage.Blobs;
using Microsoft.Playwright;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.EndToEnd;

/// <summary>
/// The privacy promise, end to end: a therapist declares their client's name and writes it,
/// with a phone number and a date, through a real Teams client; afterwards no blob in storage
/// and no line the bot logged contains any of them.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class PrivacyJourneyTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly string[] Identifiers = ["Samantha", "Samanta", "Sammy", "07700 900123", "07700900123", "14 March", "Okafor"];

    private PlaygroundSession _session = null!;

    private IPage Page => _session.Page;

    public async Task InitializeAsync() => _session = await PlaygroundSession.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync()
    {
        await _session.ScreenshotAsync("privacy-last-screen");
        await _session.DisposeAsync();
    }

    [Fact]
    public async Task DeclaredNamePhoneAndDate_NeverReachStorageOrLogs()
    {
        await Page.GetByText("Welcome to SupervisionBot").First.WaitForAsync();
        await _session.SendAsync("reflect");

        await Heading("The case");
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Beginning: the first sessions, getting to know each other" }).CheckAsync();
        await Page.GetByLabel("Client's first name, for removing it only (optional)").FillAsync("Samantha Okafor");
        await Button("Next").ClickAsync();

        await Heading("Feeling safe and held");
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Partly: settled at times, guarded at others" }).CheckAsync();
        await Page.GetByLabel("What helped them feel held, or got in the way?")
            .FillAsync("Samantha's mum rang me on 07700 900123 before our session on 14 March; Sammy seemed unsettled and Samanta is how she signs her texts.");
        await Button("Next").ClickAsync();

        await Heading("Risk");
        await Button("Skip this step").ClickAsync();
        await Heading("The here and now");
        await Button("Skip this step").ClickAsync();
        await Heading("The therapy relationship");
        await Button("Skip this step").ClickAsync();
        await Heading("Talking about the relationship");
        await Button("Skip this step").ClickAsync();
        await Heading("You");
        await Button("Skip this step").ClickAsync();
        await Heading("For supervision");
        await Page.GetByLabel("The question I want to bring").FillAsync("How do I hold Samantha when her mother calls me?");
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Keep this private" }).CheckAsync(); // in no group, the only choice
        await Button("Next").ClickAsync();

        // The review shows exactly what will be kept: tags where the identifiers were.
        await Heading("Check your reflection");
        await Page.GetByText("[CLIENT]'s mum rang me on [PHONE]", new() { Exact = false }).First.WaitForAsync();
        await _session.ScreenshotAsync("privacy-1-review");
        await Button("Confirm and save").ClickAsync();
        await Heading("Thank you, your reflection is saved");
        await _session.ScreenshotAsync("privacy-2-confirmed");

        var stored = await EveryBlobAsync();
        Assert.Contains(stored, blob => blob.Content.Contains("[CLIENT]", StringComparison.Ordinal));
        foreach (var identifier in Identifiers)
        {
            Assert.DoesNotContain(stored, blob => blob.Content.Contains(identifier, StringComparison.OrdinalIgnoreCase) || blob.Name.Contains(identifier, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(_session.BotLog, line => line.Contains(identifier, StringComparison.OrdinalIgnoreCase));
        }
    }

    private async Task<List<(string Name, string Content)>> EveryBlobAsync()
    {
        var service = azurite.CreateServiceClient();
        var blobs = new List<(string, string)>();
        await foreach (var container in service.GetBlobContainersAsync())
        {
            var client = service.GetBlobContainerClient(container.Name);
            await foreach (var blob in client.GetBlobsAsync())
            {
                var content = await client.GetBlobClient(blob.Name).DownloadContentAsync();
                blobs.Add(($"{container.Name}/{blob.Name}", content.Value.Content.ToString()));
            }
        }

        return blobs;
    }

    private ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).Last;

    private Task Heading(string text) => Page.GetByText(text, new() { Exact = true }).Last.WaitForAsync();
}
