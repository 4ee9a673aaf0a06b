using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Hosting;
using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Benchmark;

/// <summary>
/// The real bot host (<see cref="BotApplication"/>, every service as in production) on a loopback
/// port, in Development mode without an app id (as with the Agents Playground), logging warnings
/// only, with its session store and archive wrapped to count calls.
/// </summary>
internal sealed class BenchmarkBotHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DirectoryInfo _folder;

    private BenchmarkBotHost(WebApplication app, DirectoryInfo folder, Uri endpoint, StorageCallCounter storage)
    {
        _app = app;
        _folder = folder;
        Endpoint = endpoint;
        Storage = storage;
    }

    public Uri Endpoint { get; }

    public StorageCallCounter Storage { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the host; <paramref name="connectionString"/> is Azure Storage (or Azurite) for state and the archive, null for a local folder.</summary>
    public static async Task<BenchmarkBotHost> StartAsync(string? connectionString, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("turn-benchmark-");
        var storage = new StorageCallCounter();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--environment=Development",
            "--contentRoot=" + folder.FullName,
            "--MicrosoftAppType=MultiTenant",
            "--MicrosoftAppId=",
            "--MicrosoftAppPassword=",
            "--SupervisionBot:PrivacyUrl=https://supervisionbot.example/privacy",
            "--SupervisionBot:TermsUrl=https://supervisionbot.example/terms",
            "--Storage:LocalFolder=" + folder.FullName,
            "--Logging:LogLevel:Default=Warning",
            "--Logging:Console:LogToStandardErrorThreshold=Trace", // the figures alone on stdout
            .. connectionString is null
                ? Array.Empty<string>()
                : [
                    "--Storage:ConnectionString=" + connectionString,
                    "--Storage:Containers:State=bench-state-" + suffix,
                    "--Storage:Containers:Reflections=bench-reflections-" + suffix,
                    "--Storage:Containers:Coordination=bench-coordination-" + suffix,
                ],
        ];

        var app = BotApplication.Create(args, services =>
        {
            services.Decorate<ISessionStore>(inner => new CountingSessionStore(inner, storage));
            services.Decorate<IReflectionArchive>(inner => new CountingReflectionArchive(inner, storage));
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BenchmarkBotHost(app, folder, new Uri(new Uri(address.TrimEnd('/') + "/"), "api/messages"), storage);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _folder.Delete(recursive: true);
    }
}
