using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Bot.Tests.Infrastructure;
using static SupervisionBot.Bot.Tests.Infrastructure.ArchiveDocuments;

namespace SupervisionBot.Bot.Tests.Bot.Archive;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ArchiveServiceCollectionExtensionsTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("bot-root-").FullName;
    private readonly CapturedLogs _logs = new();

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);

    [Fact]
    public async Task AddReflectionArchive_NothingConfigured_ArchivesInReflectionsUnderTheDataFolder()
    {
        using var host = Build(new Dictionary<string, string?>(), withBotStorage: false);
        await host.StartAsync();

        var archive = host.Services.GetRequiredService<IReflectionArchive>();
        var document = Document(Alice, March1);
        await archive.SaveAsync(document, CancellationToken.None);

        Assert.IsType<LocalFolderReflectionArchive>(archive);
        Assert.True(File.Exists(Path.Combine(_contentRoot, ".data", "reflections", "authors", Alice, $"{document.Id:D}.json")));
        Assert.Single(_logs.Entries, entry => entry.Message.StartsWith("Reflection archive: local folder", StringComparison.Ordinal));
        await host.StopAsync();
    }

    [Fact]
    public async Task AddReflectionArchive_ConnectionString_SharesTheStateStoresClientAndNeverLogsTheSecret()
    {
        var container = $"archive-{Guid.NewGuid():N}";
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Containers:Reflections"] = container,
            ["Privacy:PseudonymKey"] = TestPseudonyms.NewKey(),
        };
        using var host = Build(settings, withBotStorage: true);
        await host.StartAsync();

        var archive = host.Services.GetRequiredService<IReflectionArchive>();
        var document = Document(Alice, March1, ReflectionSharing.Group, Group);
        await archive.SaveAsync(document, CancellationToken.None);

        Assert.IsType<BlobReflectionArchive>(archive);
        var blobs = azurite.CreateServiceClient().GetBlobContainerClient(container);
        Assert.True((await blobs.GetBlobClient($"authors/{Alice}/{document.Id:D}.json").ExistsAsync()).Value);
        Assert.Single(_logs.Entries, entry => entry.Message.Contains($"Reflection archive: Azure Blob container {container}", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Entries, entry => entry.Message.Contains(AzuriteFixture.AccountKey, StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_contentRoot, ".data", "reflections")));
        await host.StopAsync();
        await blobs.DeleteIfExistsAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AddReflectionArchive_WithOrWithoutBotStorage_RegistersOneBlobServiceClient(bool archiveFirst)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:AccountUrl"] = "https://supervisionbot.blob.core.windows.net" })
            .Build();
        var services = new ServiceCollection();

        if (archiveFirst)
        {
            services.AddReflectionArchive(configuration).AddBotStorage(configuration);
        }
        else
        {
            services.AddBotStorage(configuration).AddReflectionArchive(configuration);
        }

        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(BlobServiceClient));
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IReflectionArchive));
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IValidateOptions<StorageOptions>));
    }

    [Fact]
    public async Task AddReflectionArchive_AccountUrlWithoutBotStorage_CreatesTheClientItself()
    {
        var settings = new Dictionary<string, string?> { ["Storage:AccountUrl"] = "https://supervisionbot.blob.core.windows.net" };
        using var host = Build(settings, withBotStorage: false);

        // Starting builds the archive but makes no request, so no Azure account is needed here.
        await host.StartAsync();

        Assert.IsType<BlobReflectionArchive>(host.Services.GetRequiredService<IReflectionArchive>());
        Assert.Equal("supervisionbot.blob.core.windows.net", host.Services.GetRequiredService<BlobServiceClient>().Uri.Host);
        Assert.Single(_logs.Entries, entry => entry.Message == "Reflection archive: Azure Blob container reflections on supervisionbot.blob.core.windows.net");
        await host.StopAsync();
    }

    [Theory]
    [InlineData("Reflections")]
    [InlineData("re")]
    [InlineData("two--hyphens")]
    [InlineData("../escape")]
    public async Task StartAsync_InvalidContainerName_FailsNamingTheSetting(string container)
    {
        using var host = Build(new Dictionary<string, string?> { ["Storage:Containers:Reflections"] = container }, withBotStorage: false);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Storage:Containers:Reflections must be 3-63 lower-case letters", failure.Message, StringComparison.Ordinal);
    }

    private IHost Build(IReadOnlyDictionary<string, string?> settings, bool withBotStorage)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = _contentRoot,
            EnvironmentName = Environments.Production,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddProvider(_logs);
        if (withBotStorage)
        {
            builder.Services.AddBotStorage(builder.Configuration);
        }

        builder.Services.AddReflectionArchive(builder.Configuration);
        return builder.Build();
    }
}
