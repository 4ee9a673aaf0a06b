using System.Text;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using SupervisionBot.Bot.Tests.Bot.Proactive;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Bot.MyData;

/// <summary>
/// The forget-me scenario on Azure blobs (Azurite): afterwards no blob in the state, reflections
/// or coordination container holds the person's pseudonym, name or Teams id, in its name or its content.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ForgetEverywhereAzuriteTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..10];
    private BotTestHost _host = null!;
    private ForgetEverywhere _scenario = null!;

    public async Task InitializeAsync()
    {
        _host = await ProactiveMessengerTests.StartAsync("01:00:00", factory => factory
            .WithSetting("Storage:ConnectionString", azurite.ConnectionString)
            .WithSetting("Storage:Containers:State", $"state-{_suffix}")
            .WithSetting("Storage:Containers:Reflections", $"reflections-{_suffix}")
            .WithSetting("Storage:Containers:Coordination", $"coordination-{_suffix}")
            .WithSetting("Privacy:PseudonymKey", TestPseudonyms.NewKey())
            .WithServices(services => services.AddSingleton(azurite.CreateServiceClient())));
        _scenario = new ForgetEverywhere(_host);
        _scenario.StoredTextAsync = StoredTextAsync;
        await _scenario.SeedAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ForgetMe_InAGroup_LeavesNoBlobWithTheirPseudonymNameOrTeamsId()
    {
        var done = await _scenario.ForgetAsync();

        Assert.Equal("Everything is deleted", BotTestHost.Heading(done));
        await ForgetEverywhereTests.AssertForgottenAsync(_scenario);
        Assert.Equal(new[] { _scenario.Supervisor }, (await _scenario.GroupAsync()).Settings.Supervisors.ToArray());
        Assert.DoesNotContain(_scenario.Therapist, (await _scenario.GroupAsync()).Members);
    }

    [Fact]
    public async Task ForgetMe_ByTheOnlySupervisor_LeavesNoBlobWithTheirPseudonym_AndTheGroupRunningWithoutThem()
    {
        Assert.Contains(_scenario.Supervisor, await StoredTextAsync(), StringComparison.Ordinal);

        await _scenario.ForgetAsync(ForgetEverywhere.SupervisorAad, ForgetEverywhere.SupervisorName);

        var stored = await StoredTextAsync();
        Assert.DoesNotContain(_scenario.Supervisor, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(ForgetEverywhere.SupervisorTeamsId, stored, StringComparison.Ordinal);
        Assert.Contains(_scenario.Therapist, stored, StringComparison.Ordinal);
        var group = await _scenario.GroupAsync();
        Assert.True(group.NeedsSupervisor);
        Assert.False(group.IsPaused);
    }

    private async Task<string> StoredTextAsync()
    {
        var client = azurite.CreateServiceClient();
        var text = new StringBuilder();
        foreach (var name in new[] { "state", "reflections", "coordination" })
        {
            var container = client.GetBlobContainerClient($"{name}-{_suffix}");
            if (!await container.ExistsAsync())
            {
                continue;
            }

            await foreach (var blob in container.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Traits = Azure.Storage.Blobs.Models.BlobTraits.Metadata | Azure.Storage.Blobs.Models.BlobTraits.Tags }))
            {
                text.AppendLine(blob.Name);
                text.AppendLine(string.Join(';', blob.Metadata.Select(m => m.Key + "=" + m.Value)));
                text.AppendLine(string.Join(';', (blob.Tags ?? new Dictionary<string, string>()).Select(t => t.Key + "=" + t.Value)));
                text.AppendLine((await container.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToString());
            }
        }

        return text.ToString();
    }
}
