using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using SupervisionBot.Bot.Hosting;

namespace SupervisionBot.Bot.Tests.Bot.Hosting;

/// <summary>
/// Settings are read once, at start. A configuration file watcher would watch the whole content
/// root, where the default local data folder lives, and wake on every state write.
/// </summary>
public class ConfigurationWatchTests
{
    [Fact]
    public async Task TheSettingsFiles_AreReadButNotWatched()
    {
        var root = Directory.CreateTempSubdirectory("supervisionbot-config-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(root.FullName, "appsettings.json"), """{ "SupervisionBot": { "MaxMessageLength": 5000 } }""");
            await using var app = BotApplication.Create(
                ["--environment=Development", "--urls=http://127.0.0.1:0", "--contentRoot=" + root.FullName, "--Storage:LocalFolder=" + Path.Combine(root.FullName, ".data")]);

            var files = ((IConfigurationRoot)app.Configuration).Providers.OfType<JsonConfigurationProvider>().ToList();

            Assert.Equal("5000", app.Configuration["SupervisionBot:MaxMessageLength"]);
            Assert.Contains(files, f => f.Source.Path == "appsettings.json");
            Assert.All(files, f => Assert.False(f.Source.ReloadOnChange, $"{f.Source.Path} is watched for changes"));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
