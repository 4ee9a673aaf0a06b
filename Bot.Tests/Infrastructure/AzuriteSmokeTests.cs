using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Infrastructure;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class AzuriteSmokeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task UploadThenDownload_ReturnsSameBytes()
    {
        var container = azurite.CreateServiceClient().GetBlobContainerClient($"smoke-{Guid.NewGuid():N}");
        await container.CreateAsync();
        var blob = container.GetBlobClient("hello.txt");

        await blob.UploadAsync(BinaryData.FromString("hello from azurite"));
        var downloaded = await blob.DownloadContentAsync();

        Assert.Equal("hello from azurite", downloaded.Value.Content.ToString());
    }
}
