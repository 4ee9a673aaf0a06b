using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging.Abstractions;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Tests.Infrastructure;
using static SupervisionBot.Bot.Tests.Infrastructure.ArchiveDocuments;

namespace SupervisionBot.Bot.Tests.Bot.Archive;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class BlobReflectionArchiveTests(AzuriteFixture azurite) : ReflectionArchiveContractTests
{
    // A container per test, created by the archive itself on first save.
    private readonly BlobContainerClient _container =
        azurite.CreateServiceClient().GetBlobContainerClient($"reflections-{Guid.NewGuid():N}");

    private protected override IReflectionArchive CreateArchive() =>
        new BlobReflectionArchive(_container, TimeProvider.System, NullLogger<BlobReflectionArchive>.Instance);

    protected override async Task<IReadOnlyList<string>> ListStoredNamesAsync()
    {
        var names = new List<string>();
        try
        {
            await foreach (var blob in _container.GetBlobsAsync(new GetBlobsOptions()))
            {
                names.Add(blob.Name);
            }
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
        }

        return names;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _container.DeleteIfExistsAsync();
    }

    [Fact]
    public async Task SaveAsync_StoresJsonWithIndexTagsAndConfirmationMetadata()
    {
        var document = Document(Alice, new DateTimeOffset(2026, 3, 4, 10, 30, 0, TimeSpan.FromHours(1)), ReflectionSharing.Group, Group);

        await Archive.SaveAsync(document, CancellationToken.None);

        var blob = _container.GetBlobClient($"authors/{Alice}/{document.Id:D}.json");
        var properties = (await blob.GetPropertiesAsync()).Value;
        var tags = (await blob.GetTagsAsync()).Value.Tags;
        Assert.Equal("application/json", properties.ContentType);
        Assert.Equal("2026-03-04T09:30:00.0000000Z", properties.Metadata["confirmedat"]);
        Assert.Equal(
            new Dictionary<string, string> { ["sharing"] = "group", ["group"] = Group, ["confirmed"] = "2026-03-04T09:30:00.0000000Z" },
            tags);
    }

    [Fact]
    public async Task SaveAsync_PrivateWithoutGroup_TagsNoGroup()
    {
        var document = Document(Alice, March1);

        await Archive.SaveAsync(document, CancellationToken.None);

        var tags = (await _container.GetBlobClient($"authors/{Alice}/{document.Id:D}.json").GetTagsAsync()).Value.Tags;
        Assert.Equal(["confirmed", "sharing"], tags.Keys.Order());
        Assert.Equal("private", tags["sharing"]);
    }

    [Fact]
    public async Task ListSharedWithGroupAsync_FindsDocumentsThroughTheIndexTagsOnly()
    {
        // A document with no tags is invisible to the group listing: proof that it reads the index, not every blob.
        var indexed = Document(Alice, March1, ReflectionSharing.Group, Group);
        var untagged = Document(Bob, March1.AddHours(1), ReflectionSharing.Group, Group);
        await Archive.SaveAsync(indexed, CancellationToken.None);
        await _container.GetBlobClient($"authors/{Bob}/{untagged.Id:D}.json")
            .UploadAsync(BinaryData.FromBytes(ReflectionDocumentJson.Serialize(untagged)));

        var shared = await ToListAsync(Archive.ListSharedWithGroupAsync(Group, March1, March1.AddDays(1), CancellationToken.None));

        Assert.Equal([indexed], shared);
    }

    [Fact]
    public async Task SaveAsync_AfterContainerWasDeleted_CreatesItAgain()
    {
        await Archive.SaveAsync(Document(Alice, March1), CancellationToken.None);
        await _container.DeleteAsync();

        var document = Document(Alice, March1.AddDays(1));
        var result = await Archive.SaveAsync(document, CancellationToken.None);

        Assert.Equal(ArchiveSaveResult.Created, result);
        Assert.Equal(document, await Archive.GetAsync(Alice, document.Id, CancellationToken.None));
    }

    [Fact]
    public async Task ListByAuthorAsync_BlobWithoutMetadata_IsOrderedByTheDocumentItself()
    {
        // A copy made by hand loses metadata; ordering and retention must still see its time.
        var older = Document(Alice, March1);
        var newer = Document(Alice, March1.AddDays(1));
        await Archive.SaveAsync(newer, CancellationToken.None);
        await _container.GetBlobClient($"authors/{Alice}/{older.Id:D}.json")
            .UploadAsync(BinaryData.FromBytes(ReflectionDocumentJson.Serialize(older)));

        var listed = await Archive.ListByAuthorAsync(Alice, 10, CancellationToken.None);
        var swept = await Archive.DeleteOlderThanAsync(March1.AddHours(1), CancellationToken.None);

        Assert.Equal([newer.Id, older.Id], listed.Select(summary => summary.Id));
        Assert.Equal(1, swept);
    }

    [Fact]
    public async Task SaveAsync_DuringStorageOutage_Throws()
    {
        var client = azurite.CreateServiceClient(global::SupervisionBot.Bot.Storage.StorageServiceCollectionExtensions.ClientOptions());
        var archive = new BlobReflectionArchive(
            client.GetBlobContainerClient(_container.Name), TimeProvider.System, NullLogger<BlobReflectionArchive>.Instance);
        await archive.SaveAsync(Document(Alice, March1), CancellationToken.None);

        await azurite.StopAsync();
        try
        {
            // The caller keeps the reflection pending and tries again: a failure must never look like success.
            await Assert.ThrowsAnyAsync<Exception>(() => archive.SaveAsync(Document(Alice, March1.AddDays(1)), CancellationToken.None));
        }
        finally
        {
            await azurite.StartAsync();
        }
    }
}
