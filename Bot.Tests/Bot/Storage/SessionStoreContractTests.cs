using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Hosting;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Tests.Bot.Storage;

/// <summary>
/// What every session store must do, run against each implementation by a derived class.
/// The keys hold realistic Teams ids, because the point is that those ids never reach storage.
/// </summary>
public abstract class SessionStoreContractTests : IAsyncLifetime
{
    protected const string ConversationId = "19:0a7d3f6c1e2b4a59b8c7d6e5f4a3b2c1@thread.v2";
    protected const string UserId = "29:1Xk2Lm3Nq4Rs5Tu6Vw7Yz8aB9cD0eF1gH2iJ3kL4mN5oP6qR7s";

    protected static readonly string ConversationKeyName = $"msteams/conversations/{ConversationId}";
    protected static readonly string UserKeyName = $"msteams/users/{UserId}";

    private readonly List<object> _created = [];
    private object? _store;

    private protected static StoreKey<Note> ConversationKey { get; } = new(ConversationKeyName, TestStoreJsonContext.Default.Note);

    private protected static StoreKey<Note> UserKey { get; } = new(UserKeyName, TestStoreJsonContext.Default.Note);

    private protected Pseudonymizer Pseudonymizer { get; } = TestPseudonyms.Create();

    /// <summary>The store under test; <see cref="Restart"/> replaces it with a new instance over the same data.</summary>
    private protected ISessionStore Store => (ISessionStore)(_store ??= Track(CreateStore()));

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        foreach (var store in _created.OfType<IDisposable>())
        {
            store.Dispose();
        }

        return Task.CompletedTask;
    }

    /// <summary>A new store instance over the same folder or container, as after a process restart.</summary>
    private protected abstract ISessionStore CreateStore();

    /// <summary>The names of everything the store has put in its folder or container.</summary>
    protected abstract Task<IReadOnlyList<string>> ListStoredNamesAsync();

    /// <summary>Everything stored, as text, to check what the bytes at rest contain.</summary>
    protected abstract Task<string> ReadAllStoredTextAsync();

    /// <summary>Plants a document as an older version of the bot wrote it, bypassing the store.</summary>
    protected abstract Task PlantRawItemAsync(string key, string json);

    private protected ISessionStore Restart() => (ISessionStore)(_store = Track(CreateStore()));

    [Fact]
    public async Task Get_BeforeAnyPut_ReturnsNothing()
    {
        Assert.Null(await Store.GetAsync(ConversationKey, CancellationToken.None));
    }

    [Fact]
    public async Task Put_ThenGet_RoundTripsTheDocument()
    {
        var note = new Note("Stayed with the silence", 3, ["containment", "here-and-now"]);

        var saved = await Store.PutAsync(ConversationKey, note, ifMatch: null, CancellationToken.None);
        var read = await Store.GetAsync(ConversationKey, CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(note.Text, read.Value.Text);
        Assert.Equal(3, read.Value.Count);
        Assert.Equal(["containment", "here-and-now"], read.Value.Tags);
        Assert.Equal(Assert.IsType<PutResult.Saved>(saved).ETag, read.ETag);
    }

    [Fact]
    public async Task Put_TheStoresOwnDocuments_RoundTrip()
    {
        var session = new ReflectionEngine(FlowCatalog.Standard).Start(QuickCheckInFlow.Id, Guid.NewGuid(), new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        var reflections = new OpenReflectionStore(Store);
        var conversation = new StoreKey<ConversationRecord>(ConversationKeyName, SessionJsonContext.Default.ConversationRecord);

        Assert.True(await reflections.TrySaveAsync(UserId, session, etag: null, ["Person:1:0:abc"], CancellationToken.None));
        await Store.PutAsync(conversation, new ConversationRecord(Introduced: true), ifMatch: null, CancellationToken.None);

        var read = await reflections.LoadAsync(UserId, CancellationToken.None);
        Assert.Equal(session, read!.Session);
        Assert.Equal(["Person:1:0:abc"], read.Redaction);
        Assert.True((await Store.GetAsync(conversation, CancellationToken.None))!.Value.Introduced);
    }

    [Fact]
    public async Task Delete_ThenGet_DocumentIsGone_OthersStay()
    {
        await Store.PutAsync(ConversationKey, new Note(), ifMatch: null, CancellationToken.None);
        await Store.PutAsync(UserKey, new Note(), ifMatch: null, CancellationToken.None);

        await Store.DeleteAsync(ConversationKey, CancellationToken.None);

        Assert.Null(await Store.GetAsync(ConversationKey, CancellationToken.None));
        Assert.NotNull(await Store.GetAsync(UserKey, CancellationToken.None));
    }

    [Fact]
    public async Task Delete_MissingKey_DoesNotThrow()
    {
        await Store.DeleteAsync(ConversationKey, CancellationToken.None);
        await Store.PutAsync(UserKey, new Note(), ifMatch: null, CancellationToken.None);

        await Store.DeleteAsync(ConversationKey, CancellationToken.None);

        Assert.NotNull(await Store.GetAsync(UserKey, CancellationToken.None));
    }

    [Fact]
    public async Task Put_WithTheCurrentETag_SavesAndGivesANewETag()
    {
        await Store.PutAsync(UserKey, new Note("v1"), ifMatch: null, CancellationToken.None);
        var first = (await Store.GetAsync(UserKey, CancellationToken.None))!;

        var saved = await Store.PutAsync(UserKey, new Note("v2"), first.ETag, CancellationToken.None);
        var second = (await Store.GetAsync(UserKey, CancellationToken.None))!;

        Assert.False(string.IsNullOrEmpty(first.ETag));
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal(Assert.IsType<PutResult.Saved>(saved).ETag, second.ETag);
        Assert.Equal("v2", second.Value.Text);
    }

    [Fact]
    public async Task Put_WithAStaleETag_IsAConflict_AndKeepsTheNewerDocument()
    {
        await Store.PutAsync(UserKey, new Note("v1"), ifMatch: null, CancellationToken.None);
        var read = (await Store.GetAsync(UserKey, CancellationToken.None))!;
        await Store.PutAsync(UserKey, new Note("theirs"), read.ETag, CancellationToken.None);

        var mine = await Store.PutAsync(UserKey, new Note("mine"), read.ETag, CancellationToken.None);

        Assert.IsType<PutResult.Conflict>(mine);
        Assert.Equal("theirs", (await Store.GetAsync(UserKey, CancellationToken.None))!.Value.Text);
    }

    [Fact]
    public async Task Put_WithTheETagOfADeletedDocument_IsAConflict()
    {
        await Store.PutAsync(UserKey, new Note("v1"), ifMatch: null, CancellationToken.None);
        var read = (await Store.GetAsync(UserKey, CancellationToken.None))!;
        await Store.DeleteAsync(UserKey, CancellationToken.None);

        Assert.IsType<PutResult.Conflict>(await Store.PutAsync(UserKey, new Note("mine"), read.ETag, CancellationToken.None));
        Assert.Null(await Store.GetAsync(UserKey, CancellationToken.None));
    }

    [Fact]
    public async Task Put_CreateOnly_WhenADocumentIsThere_IsAConflict()
    {
        await Store.PutAsync(UserKey, new Note("first"), ifMatch: null, CancellationToken.None);

        Assert.IsType<PutResult.Conflict>(await Store.PutAsync(UserKey, new Note("second"), ifMatch: null, CancellationToken.None));
        Assert.Equal("first", (await Store.GetAsync(UserKey, CancellationToken.None))!.Value.Text);
    }

    [Fact]
    public async Task Put_AnyETag_OverwritesWhateverIsStored()
    {
        await Store.PutAsync(UserKey, new Note("v1"), ifMatch: null, CancellationToken.None);

        Assert.True((await Store.PutAsync(UserKey, new Note("forced"), StoreETags.Any, CancellationToken.None)).IsSaved);
        Assert.True((await Store.PutAsync(ConversationKey, new Note("created"), StoreETags.Any, CancellationToken.None)).IsSaved);

        Assert.Equal("forced", (await Store.GetAsync(UserKey, CancellationToken.None))!.Value.Text);
        Assert.Equal("created", (await Store.GetAsync(ConversationKey, CancellationToken.None))!.Value.Text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Put_ConcurrentWritersWithTheSameCondition_ExactlyOneWins(bool createOnly)
    {
        const int writers = 16;
        const int rounds = 10;

        // Several rounds, each released at once, because a race that is lost only sometimes must still fail this test.
        for (var round = 0; round < rounds; round++)
        {
            string? etag = null;
            if (createOnly)
            {
                await Store.DeleteAsync(UserKey, CancellationToken.None);
            }
            else
            {
                await Store.PutAsync(UserKey, new Note("start"), StoreETags.Any, CancellationToken.None);
                etag = (await Store.GetAsync(UserKey, CancellationToken.None))!.ETag;
            }

            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var attempts = Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
            {
                var change = new Note($"round {round} writer {writer}");
                await go.Task;
                return (await Store.PutAsync(UserKey, change, etag, CancellationToken.None)).IsSaved ? change.Text : null;
            })).ToArray();
            go.SetResult();

            var outcomes = await Task.WhenAll(attempts);

            var winner = Assert.Single(outcomes, outcome => outcome is not null);
            Assert.Equal(winner, (await Store.GetAsync(UserKey, CancellationToken.None))!.Value.Text);
        }
    }

    [Fact]
    public async Task StoredNames_AreKeyPseudonyms_AndNothingStoredHoldsATeamsIdOrATypeName()
    {
        await Store.PutAsync(ConversationKey, new Note("x"), ifMatch: null, CancellationToken.None);
        await Store.PutAsync(UserKey, new Note("y"), ifMatch: null, CancellationToken.None);

        var names = await ListStoredNamesAsync();
        var everything = string.Join('\n', names) + '\n' + await ReadAllStoredTextAsync();

        Assert.Equal(
            new[] { Pseudonymizer.ForStateKey(ConversationKeyName), Pseudonymizer.ForStateKey(UserKeyName) }.Order(),
            names.Select(name => Path.GetFileNameWithoutExtension(name)).Order());
        Assert.DoesNotContain(ConversationId, everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(UserId, everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("msteams", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("$type", everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AfterRestart_ReturnsEarlierPuts()
    {
        await Store.PutAsync(ConversationKey, new Note("kept"), ifMatch: null, CancellationToken.None);

        Assert.Equal("kept", (await Restart().GetAsync(ConversationKey, CancellationToken.None))!.Value.Text);
    }

    // What an older version wrote through Bot Framework's IStorage, byte for byte (Newtonsoft type names).
    private const string LegacyOpenReflection =
        """{"$type":"SupervisionBot.Bot.Reflections.OpenReflectionRecord, SupervisionBot.Bot","SessionJson":"{\"id\":\"6f1c2d3e-0000-4000-8000-000000000001\",\"flowId\":\"quickCheckIn\",\"currentStep\":\"checkInRating\",\"returnToReview\":false,\"answers\":{},\"status\":\"InProgress\",\"version\":1,\"createdAt\":\"2026-11-25T10:00:00+00:00\",\"updatedAt\":\"2026-11-25T10:00:00+00:00\"}","Redaction":{"$type":"System.Collections.Generic.List`1[[System.String, System.Private.CoreLib]], System.Private.CoreLib","$values":["Person:1:0:abc"]},"ETag":"*"}""";

    private const string LegacyConversationState =
        """{"$type":"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.Object, System.Private.CoreLib]], System.Private.CoreLib","ConversationRecord":{"$type":"SupervisionBot.Bot.Hosting.ConversationRecord, SupervisionBot.Bot","Introduced":true}}""";

    private const string LegacyEmptyState =
        """{"$type":"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.Object, System.Private.CoreLib]], System.Private.CoreLib"}""";

    [Fact]
    public async Task Migration_StateAnOlderVersionWrote_IsRewrittenInPlaceAtStartUpOrFirstRead_AndReadsBack()
    {
        await PlantRawItemAsync("reflections/open/user-key", LegacyOpenReflection);
        await PlantRawItemAsync(ConversationKeyName, LegacyConversationState);
        await PlantRawItemAsync(UserKeyName, LegacyEmptyState);

        await MigrateAsync();
        await MigrateAsync();
        Assert.Null(await Store.GetAsync(UserKey, CancellationToken.None));

        var reflection = await new OpenReflectionStore(Store).LoadAsync("user-key", CancellationToken.None);
        Assert.Equal(Guid.Parse("6f1c2d3e-0000-4000-8000-000000000001"), reflection!.Session.Id);
        Assert.Equal(QuickCheckInFlow.Steps.Rating, reflection.Session.CurrentStep);
        Assert.Equal(["Person:1:0:abc"], reflection.Redaction);
        var conversation = new StoreKey<ConversationRecord>(ConversationKeyName, SessionJsonContext.Default.ConversationRecord);
        Assert.True((await Store.GetAsync(conversation, CancellationToken.None))!.Value.Introduced);
        Assert.Equal(2, (await ListStoredNamesAsync()).Count);
        Assert.DoesNotContain("$type", await ReadAllStoredTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migration_OldStateOfAnUnknownKind_StopsStartUpSayingWhatToDo()
    {
        await PlantRawItemAsync(UserKeyName, """{"$type":"System.Version, System.Private.CoreLib","Major":1,"Minor":2}""");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await MigrateAsync();
            await Store.GetAsync(UserKey, CancellationToken.None);
        });

        Assert.Contains(Pseudonymizer.ForStateKey(UserKeyName), refused.Message, StringComparison.Ordinal);
        Assert.Contains("move that item out of the way", refused.Message, StringComparison.Ordinal);
        Assert.Contains("start the bot again", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_SecondWriterWithTheSameETagWhileTheFirstIsMidWrite_ExactlyOneWins()
    {
        // Deterministic version of the race above: the first writer has passed its ETag check and is
        // stuck serialising when the second one, holding the same ETag, writes.
        var key = new StoreKey<SlowNote>(UserKeyName, TestStoreJsonContext.Default.SlowNote);
        await Store.PutAsync(key, new SlowNote(), ifMatch: null, CancellationToken.None);
        var etag = (await Store.GetAsync(key, CancellationToken.None))!.ETag;
        using var slow = new SlowNote { Blocks = true };

        var first = Task.Run(async () => (await Store.PutAsync(key, slow, etag, CancellationToken.None)).IsSaved);
        slow.Entered.Wait(TimeSpan.FromSeconds(30));
        var second = Task.Run(async () => (await Store.PutAsync(key, new SlowNote(), etag, CancellationToken.None)).IsSaved);

        // A store that lets the second writer through finishes it now; a correct one holds it or refuses it.
        await Task.WhenAny(second, Task.Delay(TimeSpan.FromMilliseconds(500)));
        slow.Release.Set();

        var outcomes = await Task.WhenAll(first, second);

        Assert.True(slow.Entered.IsSet);
        Assert.Equal(1, outcomes.Count(won => won));
    }

    /// <summary>What start-up does; a store that upgrades documents as it reads them has nothing to do here.</summary>
    private Task MigrateAsync() =>
        new LegacyStateMigration(Store, Options.Create(new StorageOptions()), NullLogger<LegacyStateMigration>.Instance).StartAsync(CancellationToken.None);

    private object Track(object store)
    {
        _created.Add(store);
        return store;
    }

    internal sealed record Note(string? Text = null, int Count = 0, IReadOnlyList<string>? Tags = null);

    /// <summary>A document whose serialisation can block until released, to hold a writer mid-write.</summary>
    internal sealed class SlowNote : IDisposable
    {
        [JsonIgnore]
        public bool Blocks { get; init; }

        [JsonIgnore]
        public ManualResetEventSlim Entered { get; } = new();

        [JsonIgnore]
        public ManualResetEventSlim Release { get; } = new();

        public string Text
        {
            get
            {
                if (Blocks)
                {
                    Entered.Set();
                    Release.Wait(TimeSpan.FromSeconds(30));
                }

                return "written";
            }
        }

        public void Dispose()
        {
            Entered.Dispose();
            Release.Dispose();
        }
    }
}

[JsonSerializable(typeof(SessionStoreContractTests.Note))]
[JsonSerializable(typeof(SessionStoreContractTests.SlowNote))]
internal sealed partial class TestStoreJsonContext : JsonSerializerContext;
