using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Coordination;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Tests.Bot.Reflections;

/// <summary>
/// Confirming archives the reflection exactly once, and a storage outage at that moment loses
/// nothing: the reflection waits in state and is saved when storage is back.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ReflectionArchivingTests(AzuriteFixture azurite) : IDisposable
{
    private const string User = TestCoordinator.User;

    private readonly string _folder = Directory.CreateTempSubdirectory("archiving-").FullName;
    private readonly string _key = TestPseudonyms.NewKey();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly List<IDisposable> _disposables = [];

    [Fact]
    public async Task Confirm_StoresOneDocument_WithTheAnonymisedTextOnly()
    {
        var archive = LocalArchive();
        var coordinator = Coordinator(archive);
        var review = await QuickCheckInReviewAsync(coordinator, "Ottoline and I found our rhythm.");

        var confirmed = await coordinator.ApplyAsync(User, new SessionAction(SessionVerb.Confirm, review.Model.Stamp), new Dictionary<string, string>(), default);

        Assert.IsType<ReflectionView.Confirmed>(confirmed);
        var summary = Assert.Single(await archive.ListByAuthorAsync(User, 10, default));
        var document = await archive.GetAsync(User, summary.Id, default);
        Assert.Equal("[PERSON-1] and I found our rhythm.", document!.Texts[QuickCheckInFlow.Inputs.OneSentence.Value]);
        Assert.IsType<ReflectionView.NothingToResume>(await coordinator.ResumeAsync(User, default));
    }

    [Fact]
    public async Task ConfirmPressedTwice_StoresOneDocument_AndTheSecondPressIsOutOfDate()
    {
        var archive = LocalArchive();
        var coordinator = Coordinator(archive);
        var review = await QuickCheckInReviewAsync(coordinator, "A steady week.");
        var confirm = new SessionAction(SessionVerb.Confirm, review.Model.Stamp);

        var views = await Task.WhenAll(
            Task.Run(() => coordinator.ApplyAsync(User, confirm, new Dictionary<string, string>(), default)),
            Task.Run(() => coordinator.ApplyAsync(User, confirm, new Dictionary<string, string>(), default)));

        Assert.Single(views, v => v is ReflectionView.Confirmed);
        Assert.Single(await archive.ListByAuthorAsync(User, 10, default));
    }

    [Fact]
    public async Task ArchiveFailing_KeepsTheConfirmedReflectionInState_UntilARetrySavesIt()
    {
        var archive = LocalArchive();
        var failing = new Mock<IReflectionArchive>();
        failing.Setup(a => a.SaveAsync(It.IsAny<ReflectionDocument>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new IOException("storage unreachable"));
        var queue = Queue();
        var down = Coordinator(failing.Object, queue);
        var review = await QuickCheckInReviewAsync(down, "A steady week.");

        var confirmed = await down.ApplyAsync(User, new SessionAction(SessionVerb.Confirm, review.Model.Stamp), new Dictionary<string, string>(), default);

        Assert.IsType<ReflectionView.ConfirmedButPending>(confirmed);
        Assert.Equal([User], await WaitingAsync(queue));
        Assert.IsType<ReflectionView.StillSaving>(await down.StartAsync(User, QuickCheckInFlow.Id, default));

        // Storage is back: the next turn (or the background retrier) saves it, once.
        var up = Coordinator(archive, queue);
        Assert.IsType<ReflectionView.PendingNowSaved>(await up.SettleAsync(User, default));
        Assert.Single(await archive.ListByAuthorAsync(User, 10, default));
        Assert.Empty(await WaitingAsync(queue));
        Assert.Null(await up.SettleAsync(User, default));
    }

    [Fact]
    public async Task AzuriteStoppedBeforeConfirm_TheReflectionIsSavedByTheRetrierOnceItIsBack()
    {
        var container = azurite.CreateServiceClient(new BlobClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(2) } })
            .GetBlobContainerClient($"reflections-{Guid.NewGuid():N}");
        var archive = new BlobReflectionArchive(container, _time, NullLogger<BlobReflectionArchive>.Instance);
        var queue = Queue();
        var coordinator = Coordinator(archive, queue);
        var retrier = new PendingArchiveRetrier(queue, coordinator, new OpenReflectionStore(Storage()), new LocalFolderWorkLeases(_folder), _time, NullLogger<PendingArchiveRetrier>.Instance);
        var review = await QuickCheckInReviewAsync(coordinator, "A steady week.");

        await azurite.StopAsync();
        ReflectionView confirmed;
        try
        {
            confirmed = await coordinator.ApplyAsync(User, new SessionAction(SessionVerb.Confirm, review.Model.Stamp), new Dictionary<string, string>(), default);
            await retrier.RetryAllAsync(default);
            Assert.Equal([User], await WaitingAsync(queue));
        }
        finally
        {
            await azurite.StartAsync();
        }

        Assert.IsType<ReflectionView.ConfirmedButPending>(confirmed);
        await retrier.RetryAllAsync(default);
        Assert.Empty(await WaitingAsync(queue));
        Assert.Single(await archive.ListByAuthorAsync(User, 10, default));
    }

    public void Dispose()
    {
        _disposables.ForEach(d => d.Dispose());
        Directory.Delete(_folder, recursive: true);
    }

    private LocalFolderReflectionArchive LocalArchive() =>
        new(Path.Combine(_folder, "archive"), _time, NullLogger<LocalFolderReflectionArchive>.Instance);

    private ReflectionCoordinator Coordinator(IReflectionArchive archive, PendingArchiveQueue? queue = null) =>
        TestCoordinator.Create(Storage(), _key, _time, archive, queue);

    private LocalFolderSessionStore Storage()
    {
        var storage = new LocalFolderSessionStore(Path.Combine(_folder, "state"), TestPseudonyms.Create(_key), _time, NullLogger<LocalFolderSessionStore>.Instance);
        _disposables.Add(storage);
        return storage;
    }

    private PendingArchiveQueue Queue() =>
        new(new LocalFolderPendingArchiveMarkers(Path.Combine(_folder, "pending-archive")), _time, NullLogger<PendingArchiveQueue>.Instance);

    private static async Task<string[]> WaitingAsync(PendingArchiveQueue queue) =>
        [.. (await queue.WaitingAsync(default)).Select(m => m.UserKey)];

    private static async Task<ReflectionView.Review> QuickCheckInReviewAsync(ReflectionCoordinator coordinator, string sentence)
    {
        var step = (ReflectionView.Step)await coordinator.StartAsync(User, QuickCheckInFlow.Id, default);
        step = (ReflectionView.Step)await Answer(coordinator, step, new() { ["howTheWorkSits"] = step.View.Step.Inputs[0].Choices[3].Value });
        step = (ReflectionView.Step)await Answer(coordinator, step, new() { ["oneSentence"] = sentence });
        return (ReflectionView.Review)await Answer(coordinator, step, new() { ["sharing"] = "supervisor" });
    }

    private static Task<ReflectionView> Answer(ReflectionCoordinator coordinator, ReflectionView.Step step, Dictionary<string, string> values) =>
        coordinator.ApplyAsync(User, new SessionAction(SessionVerb.Answer, step.View.Stamp), values, default);
}
