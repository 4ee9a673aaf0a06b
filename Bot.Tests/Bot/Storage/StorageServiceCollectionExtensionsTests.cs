using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Hosting;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Bot.Storage;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class StorageServiceCollectionExtensionsTests(AzuriteFixture azurite) : IDisposable
{
    private const string KeyName = "msteams/users/29:1Xk2Lm3Nq4Rs5Tu6Vw7Yz8aB9cD0eF";

    private static readonly StoreKey<ConversationRecord> Key = new(KeyName, SessionJsonContext.Default.ConversationRecord);

    private readonly string _contentRoot = Directory.CreateTempSubdirectory("bot-root-").FullName;
    private readonly CapturedLogs _logs = new();

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);

    [Fact]
    public async Task AddBotStorage_NothingConfigured_StoresInDataFolderUnderContentRoot()
    {
        using var host = TestHosts.Build(_contentRoot, Environments.Production, new Dictionary<string, string?>(), _logs);
        await host.StartAsync();

        var storage = host.Services.GetRequiredService<ISessionStore>();
        await storage.PutAsync(Key, new ConversationRecord(Introduced: true), ifMatch: null, CancellationToken.None);

        Assert.IsType<LocalFolderSessionStore>(storage);
        Assert.Single(Directory.GetFiles(Path.Combine(_contentRoot, ".data", "bot-state")));
        Assert.True(File.Exists(Path.Combine(_contentRoot, ".data", DevelopmentPseudonymKey.FileName)));
        Assert.Single(_logs.Entries, entry => entry.Message.StartsWith("Bot state storage: LocalFolderSessionStore", StringComparison.Ordinal));
        await host.StopAsync();
    }

    [Fact]
    public async Task AddBotStorage_RelativeLocalFolder_IsResolvedAgainstContentRoot()
    {
        var settings = new Dictionary<string, string?> { ["Storage:LocalFolder"] = "state-here", ["Storage:Containers:State"] = "turns" };
        using var host = TestHosts.Build(_contentRoot, Environments.Development, settings);
        await host.StartAsync();

        await host.Services.GetRequiredService<ISessionStore>()
            .PutAsync(Key, new ConversationRecord(Introduced: true), ifMatch: null, CancellationToken.None);

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

        var storage = host.Services.GetRequiredService<ISessionStore>();
        await storage.PutAsync(Key, new ConversationRecord(Introduced: true), ifMatch: null, CancellationToken.None);

        Assert.IsType<BlobSessionStore>(storage);
        var blobs = azurite.CreateServiceClient().GetBlobContainerClient(container);
        var names = new List<string>();
        await foreach (var blob in blobs.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        Assert.Equal([host.Services.GetRequiredService<Pseudonymizer>().ForStateKey(KeyName)], names);
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

        Assert.IsType<BlobSessionStore>(host.Services.GetRequiredService<ISessionStore>());
        Assert.Equal("supervisionbot.blob.core.windows.net", host.Services.GetRequiredService<BlobServiceClient>().Uri.Host);
        Assert.Single(_logs.Entries, entry => entry.Message.EndsWith("authenticated by managed identity", StringComparison.Ordinal));
        await host.StopAsync();
    }

    [Fact]
    public async Task StartAsync_LocalStateOfAnUnknownOldShape_StopsStartUpSayingWhatToDo()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_contentRoot, ".data", "bot-state")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "0123456789abcdef.json"), "etag\n{\"$type\":\"Some.Retired.Type, SupervisionBot.Bot\"}");
        using var host = TestHosts.Build(_contentRoot, Environments.Development, new Dictionary<string, string?>());

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("0123456789abcdef.json", failure.Message, StringComparison.Ordinal);
        Assert.Contains(folder, failure.Message, StringComparison.Ordinal);
        Assert.Contains("start the bot again", failure.Message, StringComparison.Ordinal);
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
