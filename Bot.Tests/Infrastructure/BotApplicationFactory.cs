using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>The real bot host, in memory, with settings and services a test chooses.</summary>
public sealed class BotApplicationFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["MicrosoftAppId"] = string.Empty,
        ["MicrosoftAppPassword"] = string.Empty,
    };

    private readonly string _ownedFolder = Directory.CreateTempSubdirectory("supervisionbot-test-").FullName;

    public BotApplicationFactory() => _settings["Storage:LocalFolder"] = _ownedFolder;

    private readonly List<Action<IServiceCollection>> _services = [];
    private string _environment = "Development";

    public CapturedLogs Logs { get; } = new();

    public BotApplicationFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public BotApplicationFactory WithEnvironment(string environment)
    {
        _environment = environment;
        return this;
    }

    public BotApplicationFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>The embedded storage folder this host uses; its own temporary one is deleted with the factory.</summary>
    public string DataFolder => _settings["Storage:LocalFolder"]!;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_ownedFolder))
        {
            Directory.Delete(_ownedFolder, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        builder.ConfigureServices(services => _services.ForEach(configure => configure(services)));
    }
}
