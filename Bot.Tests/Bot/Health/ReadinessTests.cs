using System.Net;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Bot.Health;

/// <summary>
/// /readyz follows storage (Azurite stopped and started again under a running host); /healthz,
/// the liveness probe App Service restarts instances on, does not.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ReadinessTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Readyz_IsReadyWithLocalStorage()
    {
        await using var host = await BotTestHost.StartAsync();

        var ready = await host.Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Empty(Directory.EnumerateFiles(host.Factory.DataFolder, ".ready-*"));
    }

    [Fact]
    public async Task Readyz_FollowsBlobStorage_WhileHealthzStaysUp()
    {
        await using var host = await BotTestHost.StartAsync(factory => factory
            .WithSetting("Storage:ConnectionString", azurite.ConnectionString)
            .WithSetting("Storage:Containers:Reflections", $"reflections-{Guid.NewGuid():N}")
            .WithSetting("Privacy:PseudonymKey", TestPseudonyms.NewKey())
            .WithServices(services => services.AddSingleton(
                azurite.CreateServiceClient(new BlobClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(2) } }))));

        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/readyz")).StatusCode);

        await azurite.StopAsync();
        try
        {
            var down = await host.Client.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.Equal("Storage is not reachable", await down.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/healthz")).StatusCode);
        }
        finally
        {
            await azurite.StartAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/readyz")).StatusCode);
    }
}
