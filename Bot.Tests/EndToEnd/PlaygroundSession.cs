using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.EndToEnd;

/// <summary>
/// The real bot as its own process, the Microsoft 365 Agents Playground (a Teams emulator)
/// pointed at it, and headless Chromium driving the Playground's web UI. Besides the UI (which
/// is its current user's view), a test can act as any of the Playground's mock users through
/// its <c>/_conversation</c> endpoints, and read everything the bot posted anywhere, other
/// users' 1:1 chats included, through the <see cref="Connector"/> tap.
/// </summary>
public sealed class PlaygroundSession : IAsyncDisposable
{
    private readonly string _dataFolder;
    private ChildProcess? _bot;
    private ChildProcess? _playground;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly HttpClient _http = new();

    private PlaygroundSession(string dataFolder) => _dataFolder = dataFolder;

    public IPage Page { get; private set; } = null!;

    public Uri PlaygroundUrl { get; private set; } = null!;

    /// <summary>Everything the bot sent to the Playground's connector.</summary>
    public ConnectorTap Connector { get; private set; } = null!;

    /// <summary>The Playground's users, its group chat and the bot, as it is configured.</summary>
    public PlaygroundCast Cast { get; private set; } = null!;

    /// <summary>The bot's embedded storage folder (local-folder mode), for a test that prepares state the bot will read.</summary>
    public string BotDataFolder => Path.Combine(_dataFolder, "bot-data");

    /// <summary>Everything the bot process printed: its log, for privacy checks.</summary>
    public IReadOnlyList<string> BotLog => _bot?.Output ?? [];

    /// <param name="storageConnectionString">Blob storage for state and reflections (Azurite); the embedded local folder when null.</param>
    public static async Task<PlaygroundSession> StartAsync(string? storageConnectionString = null)
    {
        var session = new PlaygroundSession(Directory.CreateTempSubdirectory("supervisionbot-e2e-").FullName);
        try
        {
            await session.StartProcessesAsync(storageConnectionString);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new() { Path = RepositoryRoot.Artifacts("e2e", name + ".png"), FullPage = true });

    public async Task SendAsync(string text)
    {
        var box = Page.Locator("[contenteditable='true'][role='textbox']");
        await box.ClickAsync();
        await Page.Keyboard.TypeAsync(text);
        await Page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Writes <paramref name="text"/> in a conversation as <paramref name="user"/>, @mentioning the bot first (as a group or channel needs).</summary>
    /// <exception cref="ArgumentException"><paramref name="user"/> is not the Playground's current user (see <see cref="SayAsync"/>).</exception>
    public Task<string> MentionAsync(PlaygroundUser user, string conversationId, string text)
    {
        RequireCurrentUser(user);
        var mention = $"<at>{Cast.BotName}</at>";
        return PostMessageAsync(user, conversationId, new JsonObject
        {
            ["text"] = $"{mention} {text}",
            ["mentions"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = mention,
                ["mentioned"] = new JsonObject { ["id"] = Cast.BotId, ["name"] = Cast.BotName },
            }),
        });
    }

    /// <summary>Writes <paramref name="text"/> as <paramref name="user"/> (in a 1:1 chat the bot hears everything).</summary>
    /// <remarks>
    /// The Playground's message endpoint sends every typed message as its current user
    /// (<see cref="PlaygroundCast.Me"/>), whatever <c>from</c> says, in any conversation; only
    /// card actions (<see cref="PressAsync"/>) carry another mock user's identity. So typing is
    /// refused for anyone else, rather than quietly sent as someone the test did not mean.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="user"/> is not the Playground's current user.</exception>
    public Task<string> SayAsync(PlaygroundUser user, string conversationId, string text)
    {
        RequireCurrentUser(user);
        return PostMessageAsync(user, conversationId, new JsonObject { ["text"] = text });
    }

    private void RequireCurrentUser(PlaygroundUser user)
    {
        if (user != Cast.Me)
        {
            throw new ArgumentException(
                $"The Playground sends typed messages as {Cast.Me.Name}, its current user, never as {user.Name}: act as another user with PressAsync on a card.",
                nameof(user));
        }
    }

    /// <summary>
    /// The 1:1 chat between <paramref name="user"/> and the bot: the one the bot started, or a
    /// new one, as Teams opens when a person starts a chat with the app.
    /// </summary>
    public async Task<string> PersonalChatOfAsync(PlaygroundUser user)
    {
        if (Connector.ChatStartedWith(user.Id) is { } started)
        {
            return started;
        }

        using var response = await _http.PostAsJsonAsync(new Uri(PlaygroundUrl, "_connector/v3/conversations"), new JsonObject
        {
            ["bot"] = new JsonObject { ["id"] = Cast.BotId },
            ["members"] = new JsonArray(new JsonObject { ["id"] = user.Id }),
            ["isGroup"] = false,
            ["tenantId"] = Cast.TenantId,
        });
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    /// <summary>
    /// Presses an Action.Execute button on a card the bot posted, as <paramref name="user"/>.
    /// <paramref name="data"/> is the button's data with the card's inputs merged in, as Teams sends it.
    /// </summary>
    /// <returns>The bot's invoke answer: <c>type</c>, and <c>value</c> (a note, or the card that replaces the pressed one).</returns>
    public async Task<JsonObject> PressAsync(PlaygroundUser user, BotPost card, JsonObject data)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(PlaygroundUrl, "_conversation/v1/invoke"), new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["conversation"] = new JsonObject { ["id"] = card.ConversationId },
            ["from"] = From(user),
            ["replyToId"] = card.ActivityId,
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = (string?)data["verb"], ["data"] = data },
                ["trigger"] = "manual",
            },
        });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonObject>() ?? [];
    }

    /// <summary>Waits for the bot to post, in <paramref name="conversationId"/>, something <paramref name="match"/> accepts.</summary>
    public async Task<BotPost> WaitForPostAsync(string conversationId, Func<BotPost, bool> match, TimeSpan? timeout = null)
    {
        var until = TimeProvider.System.GetTimestamp() + (long)((timeout ?? TimeSpan.FromSeconds(30)).TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (true)
        {
            if (Connector.Posts.LastOrDefault(post => post.ConversationId == conversationId && match(post)) is { } post)
            {
                return post;
            }

            if (TimeProvider.System.GetTimestamp() > until)
            {
                var seen = string.Join("\n---\n", Connector.Posts.Where(p => p.ConversationId == conversationId).Select(p => p.Readable));
                throw new TimeoutException($"The bot posted nothing like that in {conversationId}. It posted:\n{seen}");
            }

            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_playground is not null)
        {
            await _playground.DisposeAsync();
        }

        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        if (Connector is not null)
        {
            await Connector.DisposeAsync();
        }

        Directory.Delete(_dataFolder, recursive: true);
    }

    // Teams sends each person's AAD object id (what the bot's pseudonyms are made of); so does this.
    private static JsonObject From(PlaygroundUser user) => new() { ["id"] = user.Id, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId };

    private async Task<string> PostMessageAsync(PlaygroundUser user, string conversationId, JsonObject message)
    {
        message["from"] = From(user);
        message["textFormat"] = "plain";
        using var response = await _http.PostAsJsonAsync(new Uri(PlaygroundUrl, $"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages"), message);
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["messageId"]!;
    }

    private async Task StartProcessesAsync(string? storageConnectionString)
    {
        var playgroundCli = RepositoryRoot.Combine("node_modules", ".bin", "agentsplayground");
        if (!File.Exists(playgroundCli))
        {
            throw new InvalidOperationException("The Agents Playground is not installed. Run scripts/test.sh, which runs npm ci.");
        }

        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium was not found at {chromium}. Run scripts/test.sh, which installs Debian's chromium.");
        }

        var botPort = FreePort.Next();
        _bot = ChildProcess.Start(
            "dotnet",
            [BotProcess.Assembly(), "--urls", $"http://127.0.0.1:{botPort}"],
            Path.GetDirectoryName(BotProcess.Assembly())!,
            new Dictionary<string, string?>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["MicrosoftAppId"] = string.Empty,
                ["MicrosoftAppPassword"] = string.Empty,
                ["Storage__LocalFolder"] = Path.Combine(_dataFolder, "bot-data"),
                ["Storage__ConnectionString"] = storageConnectionString,
                ["Privacy__PseudonymKey"] = storageConnectionString is null ? null : Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
                ["Logging__Console__FormatterName"] = "simple",
            });
        await _bot.WaitForOutputAsync("Application started", TimeSpan.FromSeconds(60));

        var playgroundPort = FreePort.Next();
        Connector = await ConnectorTap.StartAsync(new Uri($"http://127.0.0.1:{playgroundPort}/_connector/"));
        _playground = ChildProcess.Start(
            playgroundCli,
            [
                "-e", $"http://127.0.0.1:{botPort}/api/messages", "-c", "msteams", "--dt",
                "-p", playgroundPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--service-url", Connector.Address.ToString(),
            ],
            _dataFolder,
            new Dictionary<string, string?> { ["TEAMSAPPTESTER_BROWSER"] = "none" });
        await _playground.WaitForOutputAsync("Listening on", TimeSpan.FromSeconds(60));
        PlaygroundUrl = new Uri($"http://127.0.0.1:{playgroundPort}/");
        Cast = PlaygroundCast.Read((await _http.GetFromJsonAsync<JsonObject>(new Uri(PlaygroundUrl, "_internal/v1/config")))!["config"]!.AsObject());

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
        Page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        Page.SetDefaultTimeout(30_000);
        await Page.GotoAsync(PlaygroundUrl.ToString());
    }
}
