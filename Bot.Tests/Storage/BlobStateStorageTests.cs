using System.Text;
using Azure.Storage.Blobs;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Storage;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class BlobStateStorageTests(AzuriteFixture azurite) : StateStorageContractTests
{
    // A container per test, created by the store itself on first write.
    private readonly BlobContainerClient _container =
        azurite.CreateServiceClient().GetBlobContainerClient($"state-{Guid.NewGuid():N}");

    protected override IStorage CreateStorage() =>
        new BlobStateStorage(_container, Pseudonymizer, TimeProvider.System, NullLogger<BlobStateStorage>.Instance);

    protected override async Task<IReadOnlyList<string>> ListStoredNamesAsync()
    {
        var names = new List<string>();
        await foreach (var blob in _container.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        return names;
    }

    protected override async Task<string> ReadAllStoredTextAsync()
    {
        var text = new StringBuilder();
        foreach (var name in await ListStoredNamesAsync())
        {
            text.AppendLine((await _container.GetBlobClient(name).DownloadContentAsync()).Value.Content.ToString());
        }

        return text.ToString();
    }

    protected override async Task PlantRawItemAsync(string key, string json)
    {
        await _container.CreateIfNotExistsAsync();
        await _container.GetBlobClient(Pseudonymizer.ForStateKey(key)).UploadAsync(BinaryData.FromString(json), overwrite: true);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _container.DeleteIfExistsAsync();
    }

    [Fact]
    public async Task Write_ToMissingContainer_CreatesItOnce()
    {
        Assert.False((await _container.ExistsAsync()).Value);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            Storage.WriteAsync(new Dictionary<string, object> { [$"{ConversationKey}/{i}"] = new Note() }, CancellationToken.None)));

        Assert.True((await _container.ExistsAsync()).Value);
        Assert.Equal(4, (await ListStoredNamesAsync()).Count);
    }

    [Fact]
    public async Task Write_SetsJsonContentType()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { [ConversationKey] = new Note() }, CancellationToken.None);

        var properties = await _container.GetBlobClient(Pseudonymizer.ForStateKey(ConversationKey)).GetPropertiesAsync();

        Assert.Equal("application/json", properties.Value.ContentType);
    }

    [Fact]
    public async Task Write_AfterContainerWasDeleted_CreatesItAgain()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { [ConversationKey] = new Note { Text = "before" } }, CancellationToken.None);
        await _container.DeleteAsync();

        await Storage.WriteAsync(new Dictionary<string, object> { [ConversationKey] = new Note { Text = "after" } }, CancellationToken.None);

        var items = await Storage.ReadAsync([ConversationKey], CancellationToken.None);
        Assert.Equal("after", Assert.IsType<Note>(items[ConversationKey]).Text);
    }

    [Fact]
    public async Task Write_DuringStorageOutage_FailsWithinTheTurnAndRecoversAfterwards()
    {
        // The production client options: an outage must surface as an error, quickly, not hang the turn.
        var client = azurite.CreateServiceClient(StorageServiceCollectionExtensions.ClientOptions());
        var storage = new BlobStateStorage(
            client.GetBlobContainerClient(_container.Name), Pseudonymizer, TimeProvider.System, NullLogger<BlobStateStorage>.Instance);
        await storage.WriteAsync(new Dictionary<string, object> { [ConversationKey] = new Note() }, CancellationToken.None);

        await azurite.StopAsync();
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(
                () => storage.WriteAsync(new Dictionary<string, object> { [ConversationKey] = new Note() }, CancellationToken.None));
            await Assert.ThrowsAnyAsync<Exception>(() => storage.ReadAsync([ConversationKey], CancellationToken.None));
        }
        finally
        {
            await azurite.StartAsync();
        }

        // Azurite restarts empty, as storage restored without this container would be.
        await storage.WriteAsync(new Dictionary<string, object> { [ConversationKey] = new Note { Text = "back" } }, CancellationToken.None);
        var items = await storage.ReadAsync([ConversationKey], CancellationToken.None);
        Assert.Equal("back", Assert.IsType<Note>(items[ConversationKey]).Text);
    }
}
