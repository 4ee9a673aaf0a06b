using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Bot.Proactive;

/// <summary>
/// Settled outbox records are pruned once their once key can no longer recur, on the local folder
/// and on Azurite; pending ones never are; a record changed after it was listed is not deleted;
/// two instances pruning at once delete each record once.
/// </summary>
public abstract class OutboxPrunerContract
{
    protected static readonly DateTimeOffset Now = new(2027, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan Keep = new ProactiveOptions().KeepSentFor;

    private protected abstract IProactiveOutbox CreateOutbox();

    [Fact]
    public async Task Prune_DeletesSettledRecordsPastTheRetention_AndKeepsPendingAndRecentOnes()
    {
        var outbox = CreateOutbox();
        await PutAsync(outbox, "a1", OutboxState.Sent, Now - Keep - TimeSpan.FromMinutes(1));
        await PutAsync(outbox, "a2", OutboxState.Unreachable, Now - Keep - TimeSpan.FromDays(3));
        await PutAsync(outbox, "a3", OutboxState.Unconfirmed, Now - Keep - TimeSpan.FromDays(30));
        await PutAsync(outbox, "b1", OutboxState.Sent, Now - Keep + TimeSpan.FromMinutes(1));
        await PutAsync(outbox, "b2", OutboxState.Queued, Now - Keep - TimeSpan.FromDays(30));
        await PutAsync(outbox, "b3", OutboxState.Sending, Now - Keep - TimeSpan.FromDays(30));

        var pruned = await Pruner(outbox).PruneAsync(default);

        Assert.Equal(3, pruned);
        Assert.Equal(["b1", "b2", "b3"], (await KeysAsync(outbox)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Delete_OfAVersionThatChangedSinceListed_DeletesNothing()
    {
        var outbox = CreateOutbox();
        await PutAsync(outbox, "c1", OutboxState.Sent, Now - Keep - TimeSpan.FromDays(1));
        var listed = Assert.Single(await ListAsync(outbox));
        var stored = (await outbox.GetAsync("c1", default))!;
        Assert.True((await outbox.PutAsync("c1", stored.Value with { Due = Now }, stored.ETag, default)).IsSaved);

        Assert.False(await outbox.DeleteAsync(listed.Key, listed.ETag, default));
        Assert.NotNull(await outbox.GetAsync("c1", default));
        Assert.Equal(0, await Pruner(outbox).PruneAsync(default));
    }

    [Fact]
    public async Task Prune_TwoInstancesAtOnce_DeleteEachRecordOnce()
    {
        var first = CreateOutbox();
        var second = CreateOutbox();
        for (var i = 0; i < 20; i++)
        {
            await PutAsync(first, $"d{i:x2}", OutboxState.Sent, Now - Keep - TimeSpan.FromDays(1));
        }

        var pruned = await Task.WhenAll(Task.Run(() => Pruner(first).PruneAsync(default)), Task.Run(() => Pruner(second).PruneAsync(default)));

        Assert.Equal(20, pruned.Sum());
        Assert.Empty(await KeysAsync(first));
    }

    private protected static OutboxRecord Record(OutboxState state, DateTimeOffset due) => new(
        state,
        new OutboxAddress("msteams", "https://smba.example/", "tenant", IsPerson: true, "29:someone"),
        state == OutboxState.Sent ? "a:personal" : null,
        state == OutboxState.Sent ? "activity-1" : null,
        state is OutboxState.Queued or OutboxState.Sending ? "{\"type\":\"message\"}" : null,
        Fallback: null,
        Attempts: 1,
        due);

    private static async Task PutAsync(IProactiveOutbox outbox, string key, OutboxState state, DateTimeOffset due) =>
        Assert.True((await outbox.PutAsync(key, Record(state, due), null, default)).IsSaved);

    private static OutboxPruner Pruner(IProactiveOutbox outbox) =>
        new(outbox, Options.Create(new ProactiveOptions()), new FakeTimeProvider(Now), NullLogger<OutboxPruner>.Instance);

    private static async Task<List<OutboxEntry>> ListAsync(IProactiveOutbox outbox)
    {
        var entries = new List<OutboxEntry>();
        await foreach (var entry in outbox.ListAsync(default))
        {
            entries.Add(entry);
        }

        return entries;
    }

    private static async Task<List<string>> KeysAsync(IProactiveOutbox outbox) => [.. (await ListAsync(outbox)).Select(e => e.Key)];
}

public sealed class LocalFolderOutboxPrunerTests : OutboxPrunerContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("outbox-prune-").FullName;
    private readonly List<LocalFolderProactiveOutbox> _outboxes = [];

    public void Dispose()
    {
        _outboxes.ForEach(outbox => outbox.Dispose());
        Directory.Delete(_folder, recursive: true);
    }

    private protected override IProactiveOutbox CreateOutbox()
    {
        var outbox = new LocalFolderProactiveOutbox(_folder);
        _outboxes.Add(outbox);
        return outbox;
    }
}

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class BlobOutboxPrunerTests(AzuriteFixture azurite) : OutboxPrunerContract
{
    private readonly string _container = "prune-" + Guid.NewGuid().ToString("N")[..12];

    private protected override IProactiveOutbox CreateOutbox() => new BlobProactiveOutbox(azurite.CreateServiceClient().GetBlobContainerClient(_container));

    [Fact]
    public async Task Prune_ABlobWrittenBeforeItsDueTimeWasInItsMetadata_IsReadAndPruned()
    {
        var container = azurite.CreateServiceClient().GetBlobContainerClient(_container);
        await container.CreateIfNotExistsAsync();
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(Record(OutboxState.Sent, Now - TimeSpan.FromDays(90)), ProactiveJsonContext.Default.OutboxRecord);
        await container.GetBlobClient("outbox/e1").UploadAsync(
            BinaryData.FromBytes(json),
            new Azure.Storage.Blobs.Models.BlobUploadOptions { Metadata = new Dictionary<string, string> { ["state"] = "Sent" } });

        var pruned = await new OutboxPruner(CreateOutbox(), Options.Create(new ProactiveOptions()), new FakeTimeProvider(Now), NullLogger<OutboxPruner>.Instance).PruneAsync(default);

        Assert.Equal(1, pruned);
        Assert.False(await container.GetBlobClient("outbox/e1").ExistsAsync());
    }
}
