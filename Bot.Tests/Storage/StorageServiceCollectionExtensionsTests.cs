using Azure.Storage.Blobs;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Storage;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class StorageServiceCollectionExtensionsTests(AzuriteFixture azurite) : IDisposable
{
    private const string Key = "msteams/users/29:1Xk2Lm3Nq4Rs5Tu6Vw7Yz8aB9cD0eF";

    private readonly string _contentRoot = Directory.CreateTempSubdirectory("bot-root-").FullName;
    private readonly CapturingLoggerProvider _logs = new();

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);

    [Fact]
    public async Task AddBotStorage_NothingConfigured_StoresInDataFolderUnderContentRoot()
    {
        using var host = TestHosts.Build(_contentRoot, Environments.Production, new Dictionary<string, string?>(), _logs);
        await host.StartAsync();

        var storage = host.Services.GetRequiredService<IStorage>();
        await storage.WriteAsync(new Dictionary<string, object> { [Key] = new Dictionary<string, object>() }, CancellationToken.None);

        Assert.IsType<LocalFolderStateStorage>(storage);
        Assert.Single(Directory.GetFiles(Path.Combine(_contentRoot, ".data", "bot-state")));
        Assert.True(File.Exists(Path.Combine(_contentRoot, ".data", DevelopmentPseudonymKey.FileName)));
        Assert.Single(_logs.Entries, entry => entry.Message.StartsWith("Bot state storage: LocalFolderStateStorage", StringComparison.Ordinal));
        await host.StopAsync();
    }

    [Fact]
    public async Task AddBotStorage_RelativeLocalFolder_IsResolvedAgainstContentRoot()
    {
        var settings = new Dictionary<string, string?> { ["Storage:LocalFolder"] = "state-here", ["Storage:Containers:State"] = "turns" };
        using var host = TestHosts.Build(_contentRoot, Environments.Development, settings);
        await host.StartAsync();

        await host.Services.GetRequiredService<IStorage>()
            .WriteAsync(new Dictionary<string, object> { [Key] = new Dictionary<string, object>() }, CancellationToken.None);

        Assert.Single(Directory.GetFiles(Path.Combine(_contentRoot, "state-here", "turns")));
        await host.StopAsync();
    }

    [Fact]
    public async Task AddBotStorage_ConnectionString_StoresPseudonymousBlobsAndNeverLogsTheSecret()
    {
        var container = $"configured-{Guid.NewGuid():N}";
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Containers:State"] = container,
            ["Privacy:PseudonymKey"] = TestPseudonyms.NewKey(),
        };
        using var host = TestHosts.Build(_contentRoot, Environments.Production, settings, _logs);
        await host.StartAsync();

        var storage = host.Services.GetRequiredService<IStorage>();
        await storage.WriteAsync(new Dictionary<string, object> { [Key] = new Dictionary<string, object>() }, CancellationToken.None);

        Assert.IsType<BlobStateStorage>(storage);
        var blobs = azurite.CreateServiceClient().GetBlobContainerClient(container);
        var names = new List<string>();
        await foreach (var blob in blobs.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        Assert.Equal([host.Services.GetRequiredService<Pseudonymizer>().ForStateKey(Key)], names);
        Assert.Single(_logs.Entries, entry => entry.Message.Contains($"Azure Blob container {container}", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Entries, entry => entry.Message.Contains(AzuriteFixture.AccountKey, StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_contentRoot, ".data")));
        await host.StopAsync();
        await blobs.DeleteIfExistsAsync();
    }

    [Fact]
    public async Task AddBotStorage_AccountUrl_UsesThatAccountWithManagedIdentity()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:AccountUrl"] = "https://supervisionbot.blob.core.windows.net",
            ["Privacy:PseudonymKey"] = TestPseudonyms.NewKey(),
        };
        using var host = TestHosts.Build(_contentRoot, Environments.Production, settings, _logs);

        // Starting builds the store but makes no request, so no Azure account is needed here.
        await host.StartAsync();

        Assert.IsType<BlobStateStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.Equal("supervisionbot.blob.core.windows.net", host.Services.GetRequiredService<BlobServiceClient>().Uri.Host);
        Assert.Single(_logs.Entries, entry => entry.Message.EndsWith("authenticated by managed identity", StringComparison.Ordinal));
        await host.StopAsync();
    }

    [Fact]
    public async Task StartAsync_BothCloudSettings_FailsNamingThem()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:AccountUrl"] = "https://supervisionbot.blob.core.windows.net",
            ["Privacy:PseudonymKey"] = TestPseudonyms.NewKey(),
        };
        using var host = TestHosts.Build(_contentRoot, Environments.Production, settings);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Set either Storage:ConnectionString or Storage:AccountUrl, not both", failure.Message, StringComparison.Ordinal);
    }
}
