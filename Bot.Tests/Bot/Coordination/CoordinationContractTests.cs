using Microsoft.Extensions.Logging.Abstractions;
using SupervisionBot.Bot.Coordination;
using SupervisionBot.Bot.MyData;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Bot.Coordination;

/// <summary>
/// What every coordination backend promises: one lease holder at a time, a done-marker written
/// once, and an export link taken by exactly one caller. Two stores over the same container or
/// folder stand for two instances.
/// </summary>
public abstract class CoordinationContractTests
{
    private protected abstract IWorkLeases Leases();

    private protected abstract IExportLinkStore Links();

    [Fact]
    public async Task Lease_IsHeldByOneAtATime_AndFreeAgainWhenReleased()
    {
        var (first, second) = (Leases(), Leases());

        var held = await first.TryAcquireAsync("some-work", default);
        Assert.NotNull(held);
        Assert.Null(await second.TryAcquireAsync("some-work", default));
        await using (var other = await second.TryAcquireAsync("other-work", default))
        {
            Assert.NotNull(other);
        }

        await held!.DisposeAsync();
        await using var taken = await second.TryAcquireAsync("some-work", default);
        Assert.NotNull(taken);
    }

    [Fact]
    public async Task DoneMarker_IsWrittenOnce_AndSeenByEveryone()
    {
        var (first, second) = (Leases(), Leases());
        Assert.False(await second.IsDoneAsync("sweep", "2026-12-02", default));

        var marks = await Task.WhenAll(first.MarkDoneAsync("sweep", "2026-12-02", default), second.MarkDoneAsync("sweep", "2026-12-02", default));

        Assert.Single(marks, m => m);
        Assert.True(await second.IsDoneAsync("sweep", "2026-12-02", default));
        Assert.False(await first.IsDoneAsync("sweep", "2026-12-03", default));
    }

    [Fact]
    public async Task WorkNames_ThatCouldReachAnotherPath_AreRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Leases().TryAcquireAsync("../state", default));
        await Assert.ThrowsAsync<ArgumentException>(() => Leases().MarkDoneAsync("sweep", "a/b", default));
    }

    [Fact]
    public async Task ExportLink_IsTakenByExactlyOneOfManyConcurrentCallers()
    {
        var hash = new string('b', 64);
        var expires = new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
        await Links().SaveAsync(hash, new ExportLinkRecord("0123456789abcdef0123456789abcdef", expires), default);

        var takers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Links().TakeAsync(hash, default))));

        var taken = Assert.Single(takers, t => t is not null);
        Assert.Equal(new ExportLinkRecord("0123456789abcdef0123456789abcdef", expires), taken);
        Assert.Null(await Links().TakeAsync(hash, default));
    }

    [Fact]
    public async Task ExpiredLinks_AreDeleted_AndLiveOnesKept()
    {
        var now = new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
        var store = Links();
        await store.SaveAsync(new string('c', 64), new ExportLinkRecord("0123456789abcdef0123456789abcdef", now.AddMinutes(-1)), default);
        await store.SaveAsync(new string('d', 64), new ExportLinkRecord("0123456789abcdef0123456789abcdef", now.AddMinutes(5)), default);

        Assert.Equal(1, await store.DeleteExpiredAsync(now, default));
        Assert.Null(await store.TakeAsync(new string('c', 64), default));
        Assert.NotNull(await store.TakeAsync(new string('d', 64), default));
    }
}

public sealed class LocalFolderCoordinationTests : CoordinationContractTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coordination-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private protected override IWorkLeases Leases() => new LocalFolderWorkLeases(_folder);

    private protected override IExportLinkStore Links() => new LocalFolderExportLinkStore(_folder);
}

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class BlobCoordinationTests(AzuriteFixture azurite) : CoordinationContractTests
{
    private readonly string _container = $"coordination-{Guid.NewGuid():N}";

    private protected override IWorkLeases Leases() =>
        new BlobWorkLeases(azurite.CreateServiceClient().GetBlobContainerClient(_container), NullLogger<BlobWorkLeases>.Instance);

    private protected override IExportLinkStore Links() =>
        new BlobExportLinkStore(azurite.CreateServiceClient().GetBlobContainerClient(_container));
}
