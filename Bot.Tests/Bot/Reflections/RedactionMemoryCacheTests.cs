using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SupervisionBot.Anonymisation;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Tests.Bot.Reflections;

/// <summary>The per-instance memory cache: bounded, keyed by the stored version, and used by the coordinator only for that version.</summary>
public sealed class RedactionMemoryCacheTests : IDisposable
{
    private const string User = TestCoordinator.User;

    private readonly string _folder = Directory.CreateTempSubdirectory("memory-cache-").FullName;
    private readonly string _key = TestPseudonyms.NewKey();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly LocalFolderSessionStore _storage;

    public RedactionMemoryCacheTests()
    {
        _storage = new LocalFolderSessionStore(_folder, TestPseudonyms.Create(_key), _time, NullLogger<LocalFolderSessionStore>.Instance);
    }

    [Fact]
    public void Find_OnlyForTheVersionRemembered()
    {
        var cache = new RedactionMemoryCache(capacity: 4);
        var memory = Memory("Zebedee");

        cache.Remember(User, "etag-1", memory);

        Assert.Same(memory, cache.Find(User, "etag-1"));
        Assert.Null(cache.Find(User, "etag-2"));
        Assert.Null(cache.Find(User, null));
        Assert.Null(cache.Find("someone-else", "etag-1"));
    }

    [Fact]
    public void Remember_ANewerVersion_ReplacesTheOlder_AndForgetRemovesIt()
    {
        var cache = new RedactionMemoryCache(capacity: 4);
        cache.Remember(User, "etag-1", Memory("Zebedee"));
        var newer = Memory("Ottoline");

        cache.Remember(User, "etag-2", newer);

        Assert.Null(cache.Find(User, "etag-1"));
        Assert.Same(newer, cache.Find(User, "etag-2"));
        cache.Forget(User);
        Assert.Null(cache.Find(User, "etag-2"));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Remember_AtCapacity_ForgetsOneForTheNewest_NeverHoldsMore()
    {
        var cache = new RedactionMemoryCache(capacity: 3);
        var memory = Memory("Zebedee");
        for (var i = 0; i < 10; i++)
        {
            cache.Remember($"person-{i}", "etag", memory);
            Assert.Equal(Math.Min(i + 1, 3), cache.Count);
            Assert.Same(memory, cache.Find($"person-{i}", "etag"));
        }

        Assert.Equal(3, Enumerable.Range(0, 10).Count(i => cache.Find($"person-{i}", "etag") is not null));
    }

    [Fact]
    public void Capacity_MustBePositive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RedactionMemoryCache(capacity: 0));

    [Fact]
    public async Task Apply_UsesTheCachedMemory_OnlyForTheStoredVersion()
    {
        // A memory that knows "Zebedee" as the client stands in for what this instance saved: when
        // it is cached under the stored version, the coordinator uses it (the name becomes [CLIENT]);
        // under any other version, the forms are read from the record (which knows no Zebedee).
        var known = await AnswerSentenceAsync(cacheUnderStoredVersion: true);
        var stale = await AnswerSentenceAsync(cacheUnderStoredVersion: false);

        Assert.Contains("[CLIENT]", known, StringComparison.Ordinal);
        Assert.DoesNotContain("[CLIENT]", stale, StringComparison.Ordinal);
        Assert.Contains("zebedee", stale, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _storage.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private RedactionMemory Memory(string client) =>
        RedactionMemory.Empty(TestPseudonyms.Create(_key).DerivedKey("declared-names")).WithDeclared(new DeclaredNames(client, []));

    private async Task<string> AnswerSentenceAsync(bool cacheUnderStoredVersion)
    {
        var cache = new RedactionMemoryCache();
        var coordinator = new ReflectionCoordinator(
            new ReflectionEngine(FlowCatalog.Standard),
            FlowCatalog.Standard,
            new OpenReflectionStore(_storage),
            new SubmissionRedactor(new Anonymiser(), TestPseudonyms.Create(_key)),
            new global::SupervisionBot.Bot.Archive.LocalFolderReflectionArchive(Path.Combine(_folder, "archive"), _time, NullLogger<global::SupervisionBot.Bot.Archive.LocalFolderReflectionArchive>.Instance),
            new PendingArchiveQueue(new InMemoryPendingArchiveMarkers(), _time, NullLogger<PendingArchiveQueue>.Instance),
            _time,
            new ReflectionSettings(),
            NullLogger<ReflectionCoordinator>.Instance,
            cache);
        await coordinator.ForgetAsync(User, default);
        var step = (ReflectionView.Step)await coordinator.StartAsync(User, QuickCheckInFlow.Id, default);
        step = (ReflectionView.Step)await coordinator.ApplyAsync(
            User, new SessionAction(SessionVerb.Answer, step.View.Stamp), new Dictionary<string, string> { ["howTheWorkSits"] = step.View.Step.Inputs[0].Choices[0].Value }, default);

        var stored = await new OpenReflectionStore(_storage).LoadAsync(User, default) ?? throw new InvalidOperationException("Nothing stored.");
        cache.Remember(User, cacheUnderStoredVersion ? stored.ETag! : "another-version", Memory("Zebedee"));
        await coordinator.ApplyAsync(
            User, new SessionAction(SessionVerb.Answer, step.View.Stamp), new Dictionary<string, string> { ["oneSentence"] = "it was quiet with zebedee today." }, default);

        var after = await new OpenReflectionStore(_storage).LoadAsync(User, default) ?? throw new InvalidOperationException("Nothing stored.");
        return ((AnswerValue.Text)after.Session.Answers[QuickCheckInFlow.Inputs.OneSentence]).Value;
    }
}
