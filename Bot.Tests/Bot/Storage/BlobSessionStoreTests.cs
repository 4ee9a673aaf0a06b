using System.Text;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Bot.Storage;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class BlobSessionStoreTests(AzuriteFixture azurite) : SessionStoreContractTests
{
    // A container per test, created by the store itself on first write.
    private readonly BlobContainerClient _container =
        azurite.CreateServiceClient().GetBlobContainerClient($"state-{Guid.NewGuid():N}");

    private protected override ISessionStore CreateStore() =>
        new BlobSessionStore(_container, Pseudonymizer, TimeProvider.System, NullLogger<BlobSessionStore>.Instance);

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
    public async Task Put_ToMissingContainer_CreatesItOnce()
    {
        Assert.False((await _container.ExistsAsync()).Value);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            Store.PutAsync(ConversationKey with { Name = $"{ConversationKeyName}/{i}" }, new Note(), ifMatch: null, CancellationToken.None)));

        Assert.True((await _container.ExistsAsync()).Value);
        Assert.Equal(4, (await ListStoredNamesAsync()).Count);
    }

    [Fact]
    public async Task Put_SetsJsonContentType()
    {
        await Store.PutAsync(ConversationKey, new Note(), ifMatch: null, CancellationToken.None);

        var properties = await _container.GetBlobClient(Pseudonymizer.ForStateKey(ConversationKeyName)).GetPropertiesAsync();

        Assert.Equal("application/json", properties.Value.ContentType);
    }

    [Fact]
    public async Task Put_AfterContainerWasDeleted_CreatesItAgain()
    {
        await Store.PutAsync(ConversationKey, new Note("before"), ifMatch: null, CancellationToken.None);
        await _container.DeleteAsync();

        await Store.PutAsync(ConversationKey, new Note("after"), ifMatch: null, CancellationToken.None);

        Assert.Equal("after", (await Store.GetAsync(ConversationKey, CancellationToken.None))!.Value.Text);
    }

    [Fact]
    public async Task Put_DuringStorageOutage_FailsWithinTheTurnAndRecoversAfterwards()
    {
        // The production client options: an outage must surface as an error, quickly, not hang the turn.
        var client = azurite.CreateServiceClient(StorageServiceCollectionExtensions.ClientOptions());
        var store = new BlobSessionStore(
            client.GetBlobContainerClient(_container.Name), Pseudonymizer, TimeProvider.System, NullLogger<BlobSessionStore>.Instance);
        await store.PutAsync(ConversationKey, new Note(), ifMatch: null, CancellationToken.None);

        await azurite.StopAsync();
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => store.PutAsync(ConversationKey, new Note(), StoreETags.Any, CancellationToken.None));
            await Assert.ThrowsAnyAsync<Exception>(() => store.GetAsync(ConversationKey, CancellationToken.None));
        }
        finally
        {
            await azurite.StartAsync();
        }

        // Azurite restarts empty, as storage restored without this container would be.
        await store.PutAsync(ConversationKey, new Note("back"), ifMatch: null, CancellationToken.None);
        Assert.Equal("back", (await store.GetAsync(ConversationKey, CancellationToken.None))!.Value.Text);
    }
}
