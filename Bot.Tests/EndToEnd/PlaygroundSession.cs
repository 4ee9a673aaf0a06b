using Microsoft.Playwright;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.EndToEnd;

/// <summary>
/// The real bot as its own process, the Microsoft 365 Agents Playground (a Teams emulator)
/// pointed at it, and headless Chromium driving the Playground's web UI.
/// </summary>
public sealed class PlaygroundSession : IAsyncDisposable
{
    private readonly string _dataFolder;
    private ChildProcess? _bot;
    private ChildProcess? _playground;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private PlaygroundSession(string dataFolder) => _dataFolder = dataFolder;

    public IPage Page { get; private set; } = null!;

    public Uri PlaygroundUrl { get; private set; } = null!;

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

    public async ValueTask DisposeAsync()
    {
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

        Directory.Delete(_dataFolder, recursive: true);
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
            [BotAssembly(), "--urls", $"http://127.0.0.1:{botPort}"],
            Path.GetDirectoryName(BotAssembly())!,
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
        _playground = ChildProcess.Start(
            playgroundCli,
            ["-e", $"http://127.0.0.1:{botPort}/api/messages", "-c", "msteams", "--dt", "-p", playgroundPort.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            _dataFolder,
            new Dictionary<string, string?> { ["TEAMSAPPTESTER_BROWSER"] = "none" });
        await _playground.WaitForOutputAsync("Listening on", TimeSpan.FromSeconds(60));
        PlaygroundUrl = new Uri($"http://127.0.0.1:{playgroundPort}/");

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

    /// <summary>The bot's own build output, same configuration as the tests.</summary>
    private static string BotAssembly()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var assembly = RepositoryRoot.Combine("Bot", "bin", configuration, "net10.0", "SupervisionBot.Bot.dll");
        return File.Exists(assembly) ? assembly : throw new InvalidOperationException($"Build the bot first: {assembly} is missing.");
    }
}
