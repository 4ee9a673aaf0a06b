using System.Globalization;
using System.Text.Json.Nodes;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>
/// The real bot as its own operating-system process (<c>dotnet SupervisionBot.Bot.dll</c>, the
/// build output of the same configuration as the tests), in Development with no app id, on a
/// free loopback port. Unlike an in-memory host it can be killed outright (<see cref="KillAsync"/>),
/// which is how a test shows what survives a crash.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly ChildProcess _process;

    private BotProcess(ChildProcess process, Uri address)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>A client whose base address is the bot, for posting activities to <c>/api/messages</c>.</summary>
    public HttpClient Client { get; }

    /// <summary>Everything the bot printed: its log.</summary>
    public IReadOnlyList<string> Log => _process.Output;

    public bool HasExited => _process.HasExited;

    /// <param name="settings">Configuration as environment variables (<c>Storage__LocalFolder</c>, ...); a null value removes one.</param>
    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["MicrosoftAppId"] = string.Empty,
            ["MicrosoftAppPassword"] = string.Empty,
            ["Logging__Console__FormatterName"] = "simple",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        var port = FreePort.Next();
        var assembly = Assembly();
        var child = ChildProcess.Start("dotnet", [assembly, "--urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"], Path.GetDirectoryName(assembly)!, environment);
        try
        {
            await child.WaitForOutputAsync("Application started", StartTimeout);
        }
        catch
        {
            await child.DisposeAsync();
            throw;
        }

        return new BotProcess(child, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/"));
    }

    public Task<HttpResponseMessage> PostAsync(JsonNode activity, CancellationToken cancellationToken = default) =>
        Client.PostAsync(new Uri("api/messages", UriKind.Relative), TeamsActivities.Json(activity), cancellationToken);

    /// <summary>SIGKILL: the process ends where it stands, as in a crash or an out-of-memory kill.</summary>
    public Task KillAsync() => _process.KillAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _process.DisposeAsync();
    }

    /// <summary>The bot's own build output, same configuration as the tests.</summary>
    public static string Assembly()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var assembly = RepositoryRoot.Combine("Bot", "bin", configuration, "net10.0", "SupervisionBot.Bot.dll");
        return File.Exists(assembly) ? assembly : throw new InvalidOperationException($"Build the bot first: {assembly} is missing.");
    }
}
