using System.Net;
using System.Text.Json.Nodes;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.MyData;
using SupervisionBot.Cards.Reflection;

namespace SupervisionBot.Bot.Tests.EndToEnd;

/// <summary>
/// Issue 9 item 6 with a real crash: the bot runs as its own process and is killed with SIGKILL
/// after a Confirm was accepted (the reflection noted as waiting and its confirmation saved) and
/// before the archive has it. Restarted on the same storage, with no message from anyone, it
/// stores the reflection exactly once, and "my reflections" then lists it as saved.
/// The window is made reachable without any switch in the bot: on blob storage a proxy in front of
/// Azurite holds one request so the kill lands while it is in flight (the archive write, or the
/// clean-up of state after it, where a careless retry would store the reflection twice); in a
/// local folder the archive cannot be written at first (where its folders go there is a file), so
/// Confirm answers "saving shortly" and the kill lands while the reflection waits.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class CrashRecoveryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    // A ceiling for conditions on a loaded machine, not a measure: the retrier saves at start-up.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private const string Sentence = "A steady week with the new client.";

    private readonly string _folder = Directory.CreateTempSubdirectory("crash-recovery-").FullName;
    private readonly string _key = TestPseudonyms.NewKey();
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The archive write is in flight: the reflection is only in the bot's state.</summary>
    public const string ArchiveWriteInFlight = "archive write in flight";

    /// <summary>The archive has it, and the confirmed session's deletion from state is in flight: it must not be stored twice.</summary>
    public const string ArchivedStateNotCleared = "archived, state not yet cleared";

    [Theory]
    [InlineData(ArchiveWriteInFlight)]
    [InlineData(ArchivedStateNotCleared)]
    public async Task KilledAfterConfirm_OnBlobStorage_RestartedBotHasTheReflectionStoredOnce_WithNoUserMessage(string window)
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var (state, reflections, coordination) = ($"state-{suffix}", $"reflections-{suffix}", $"coordination-{suffix}");
        var held = window == ArchiveWriteInFlight ? $"PUT /{AzuriteFixture.AccountName}/{reflections}/" : $"DELETE /{AzuriteFixture.AccountName}/{state}/";
        await using var proxy = HoldingProxy.Start(azurite.Port, held);
        var blobs = azurite.CreateServiceClient();
        Dictionary<string, string?> Settings(int port) => new()
        {
            ["Storage__ConnectionString"] = ConnectionString(port),
            ["Storage__Containers__State"] = state,
            ["Storage__Containers__Reflections"] = reflections,
            ["Storage__Containers__Coordination"] = coordination,
            ["Storage__LocalFolder"] = Path.Combine(_folder, "unused"),
            ["Privacy__PseudonymKey"] = _key,
        };

        await using (var first = await BotProcess.StartAsync(Settings(proxy.Port)))
        {
            var review = await QuickCheckInReviewAsync(first);
            var confirm = first.PostAsync(Press(review, ReflectionVerbs.Confirm, []));
            await proxy.Held.WaitAsync(Patience);

            // Accepted (noted as waiting, confirmation saved) and not yet cleaned up; archived or not, as the window says.
            Assert.Single(await BlobNamesAsync(blobs, coordination, "pending-archive/"));
            Assert.Equal(window == ArchiveWriteInFlight ? 0 : 1, (await BlobNamesAsync(blobs, reflections, ArchiveLayout.AuthorsFolder + "/")).Count);
            await first.KillAsync();
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => confirm);
        }

        _connector.Clear();
        await using var second = await BotProcess.StartAsync(Settings(azurite.Port));
        await WaitUntilAsync(second, async () =>
            (await BlobNamesAsync(blobs, reflections, ArchiveLayout.AuthorsFolder + "/")).Count > 0
            && (await BlobNamesAsync(blobs, coordination, "pending-archive/")).Count == 0);

        var stored = Assert.Single(await BlobNamesAsync(blobs, reflections, ArchiveLayout.AuthorsFolder + "/"));
        var document = (await blobs.GetBlobContainerClient(reflections).GetBlobClient(stored).DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains(Sentence, document, StringComparison.Ordinal);
        Assert.Empty(_connector.Sent);
        await AssertListedAsSavedAsync(second);
    }

    [Fact]
    public async Task KilledWhileTheReflectionWaits_InALocalFolder_RestartedBotSavesTheReflectionOnce_WithNoUserMessage()
    {
        var data = Path.Combine(_folder, "bot-data");
        var authors = Path.Combine(data, "reflections", ArchiveLayout.AuthorsFolder);
        var markers = Path.Combine(data, "coordination", "pending-archive");
        var settings = new Dictionary<string, string?>
        {
            ["Storage__LocalFolder"] = data,
            ["Storage__ConnectionString"] = null,
            ["Privacy__PseudonymKey"] = _key,
        };

        // The archive can't be written: a file stands where its folders go. (A read-only folder
        // would not stop a test that runs as root.)
        Directory.CreateDirectory(Path.GetDirectoryName(authors)!);
        await File.WriteAllTextAsync(authors, "in the way");
        await using (var first = await BotProcess.StartAsync(settings))
        {
            var review = await QuickCheckInReviewAsync(first);
            var answer = await PressAsync(first, review, ReflectionVerbs.Confirm);
            Assert.Equal("Confirmed, and saving shortly", BotTestHost.Heading(answer));
            Assert.Single(Directory.GetFiles(markers));
            await first.KillAsync();
        }

        File.Delete(authors);
        _connector.Clear();
        await using var second = await BotProcess.StartAsync(settings);
        await WaitUntilAsync(second, () => Task.FromResult(Documents(authors).Count > 0 && Directory.GetFiles(markers).Length == 0));

        Assert.Contains(Sentence, await File.ReadAllTextAsync(Assert.Single(Documents(authors))), StringComparison.Ordinal);
        Assert.Empty(_connector.Sent);
        await AssertListedAsSavedAsync(second);
    }

    private static string ConnectionString(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName={AzuriteFixture.AccountName};AccountKey={AzuriteFixture.AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{port}/{AzuriteFixture.AccountName};";

    private async Task<JsonObject> QuickCheckInReviewAsync(BotProcess bot)
    {
        using (var started = await bot.PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "quick")))
        {
            Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        }

        var card = LastCard();
        card = await PressAsync(bot, card, ReflectionVerbs.Next, new() { ["howTheWorkSits"] = "4" });
        card = await PressAsync(bot, card, ReflectionVerbs.Next, new() { ["oneSentence"] = Sentence });
        card = await PressAsync(bot, card, ReflectionVerbs.Next, new() { ["sharing"] = "private" });
        Assert.Equal("Check your reflection", BotTestHost.Heading(card));
        return card;
    }

    private async Task AssertListedAsSavedAsync(BotProcess bot)
    {
        using (var response = await bot.PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "my reflections")))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var list = LastCard();
        Assert.Equal("Your reflections", BotTestHost.Heading(list));
        Assert.DoesNotContain("Saving", BotTestHost.Text(list), StringComparison.Ordinal);
        Assert.Single(CardPresses.Buttons(list), b => (string?)b["verb"] == MyDataVerbs.Delete);
    }

    private JsonObject Press(JsonObject card, string verb, Dictionary<string, string> inputs)
    {
        var data = CardPresses.Buttons(card).First(b => (string?)b["verb"] == verb)["data"]!.DeepClone().AsObject();
        foreach (var (name, value) in inputs)
        {
            data[name] = value;
        }

        return TeamsActivities.Execute(_connector.ServiceUrl, verb, data);
    }

    /// <summary>Presses a button as Teams does and returns the card that replaces the pressed one.</summary>
    private async Task<JsonObject> PressAsync(BotProcess bot, JsonObject card, string verb, Dictionary<string, string>? inputs = null)
    {
        using var response = await bot.PostAsync(Press(card, verb, inputs ?? []));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var invoke = await BotTestHost.ReadJsonAsync(response);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)invoke?["type"]);
        return invoke!["value"]!.AsObject();
    }

    private JsonObject LastCard() => _connector.Sent
        .SelectMany(a => a["attachments"]?.AsArray() ?? [])
        .Where(a => (string?)a!["contentType"] == "application/vnd.microsoft.card.adaptive")
        .Select(a => a!["content"]!.AsObject())
        .Last();

    private static List<string> Documents(string authors) => Directory.Exists(authors)
        ? [.. Directory.EnumerateFiles(authors, "*.json", SearchOption.AllDirectories)]
        : [];

    private static async Task<List<string>> BlobNamesAsync(BlobServiceClient blobs, string container, string prefix)
    {
        var names = new List<string>();
        try
        {
            await foreach (var blob in blobs.GetBlobContainerClient(container).GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }))
            {
                names.Add(blob.Name);
            }
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // No container yet: nothing stored.
        }

        return names;
    }

    /// <summary>Waits for <paramref name="condition"/>, checking often; on time-out, fails with the bot's log.</summary>
    private static async Task WaitUntilAsync(BotProcess bot, Func<Task<bool>> condition)
    {
        var until = TimeProvider.System.GetTimestamp() + (long)(Patience.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (!await condition())
        {
            Assert.False(bot.HasExited, "The restarted bot exited:\n" + string.Join('\n', bot.Log));
            Assert.True(TimeProvider.System.GetTimestamp() < until, $"Not saved within {Patience} of the restart. The bot's log:\n" + string.Join('\n', bot.Log));
            await Task.Delay(100);
        }
    }
}
