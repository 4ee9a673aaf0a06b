using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SupervisionBot.Bot.Privacy;

namespace SupervisionBot.Bot.Tests.Storage;

/// <summary>
/// What every bot state store must do, run against each implementation by a derived class.
/// The keys hold realistic Teams ids, because the point is that those ids never reach storage.
/// </summary>
public abstract class StateStorageContractTests : IAsyncLifetime
{
    protected const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    protected const string ConversationId = "19:0a7d3f6c1e2b4a59b8c7d6e5f4a3b2c1@thread.v2";
    protected const string UserId = "29:1Xk2Lm3Nq4Rs5Tu6Vw7Yz8aB9cD0eF1gH2iJ3kL4mN5oP6qR7s";

    protected static readonly string ConversationKey = $"msteams/conversations/{ConversationId}";
    protected static readonly string UserKey = $"msteams/users/{UserId}";

    private readonly List<IStorage> _created = [];
    private IStorage? _storage;

    private protected Pseudonymizer Pseudonymizer { get; } = TestPseudonyms.Create();

    /// <summary>The store under test; <see cref="Restart"/> replaces it with a new instance over the same data.</summary>
    protected IStorage Storage => _storage ??= Track(CreateStorage());

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        foreach (var storage in _created.OfType<IDisposable>())
        {
            storage.Dispose();
        }

        return Task.CompletedTask;
    }

    /// <summary>A new store instance over the same folder or container, as after a process restart.</summary>
    protected abstract IStorage CreateStorage();

    /// <summary>The names of everything the store has put in its folder or container.</summary>
    protected abstract Task<IReadOnlyList<string>> ListStoredNamesAsync();

    /// <summary>Everything stored, as text, to check what the bytes at rest contain.</summary>
    protected abstract Task<string> ReadAllStoredTextAsync();

    /// <summary>Plants an item as if written by someone else, bypassing the store's serializer.</summary>
    protected abstract Task PlantRawItemAsync(string key, string json);

    protected IStorage Restart() => _storage = Track(CreateStorage());

    [Fact]
    public async Task Read_BeforeAnyWrite_ReturnsNothing()
    {
        var items = await Storage.ReadAsync([ConversationKey], CancellationToken.None);

        Assert.Empty(items);
    }

    [Fact]
    public async Task Write_ThenRead_RoundTripsPoco()
    {
        var note = new Note { Text = "Stayed with the silence", Count = 3, Tags = ["containment", "here-and-now"] };

        await Storage.WriteAsync(new Dictionary<string, object> { [ConversationKey] = note }, CancellationToken.None);
        var items = await Storage.ReadAsync([ConversationKey], CancellationToken.None);

        var read = Assert.IsType<Note>(items[ConversationKey]);
        Assert.Equal(note.Text, read.Text);
        Assert.Equal(3, read.Count);
        Assert.Equal(["containment", "here-and-now"], read.Tags);
    }

    [Fact]
    public async Task ConversationState_SavedThenLoadedAfterRestart_ReturnsTypedProperty()
    {
        var activity = TeamsMessage();

        var state = new ConversationState(Storage);
        var accessor = state.CreateProperty<Note>("draft");
        using (var turn = new TurnContext(new TestAdapter(), activity))
        {
            var draft = await accessor.GetAsync(turn, () => new Note());
            draft.Text = "Rupture and repair";
            draft.Tags.Add("rupture");
            await state.SaveChangesAsync(turn, cancellationToken: CancellationToken.None);
        }

        var restarted = new ConversationState(Restart());
        var restartedAccessor = restarted.CreateProperty<Note>("draft");
        using (var turn = new TurnContext(new TestAdapter(), activity))
        {
            var draft = await restartedAccessor.GetAsync(turn, () => new Note { Text = "not loaded" });

            Assert.Equal("Rupture and repair", draft.Text);
            Assert.Equal(["rupture"], draft.Tags);
        }
    }

    [Fact]
    public async Task Read_MixOfPresentAndMissingKeys_OmitsMissing()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { [ConversationKey] = new Note() }, CancellationToken.None);

        var items = await Storage.ReadAsync([ConversationKey, UserKey, "msteams/users/never-written"], CancellationToken.None);

        Assert.Equal([ConversationKey], items.Keys);
    }

    [Fact]
    public async Task Delete_ThenRead_ItemIsGone()
    {
        await Storage.WriteAsync(
            new Dictionary<string, object> { [ConversationKey] = new Note(), [UserKey] = new Note() }, CancellationToken.None);

        await Storage.DeleteAsync([ConversationKey], CancellationToken.None);
        var items = await Storage.ReadAsync([ConversationKey, UserKey], CancellationToken.None);

        Assert.Equal([UserKey], items.Keys);
    }

    [Fact]
    public async Task Delete_MissingKey_DoesNotThrow()
    {
        await Storage.DeleteAsync([ConversationKey], CancellationToken.None);
        await Storage.WriteAsync(new Dictionary<string, object> { [UserKey] = new Note() }, CancellationToken.None);

        await Storage.DeleteAsync([ConversationKey], CancellationToken.None);

        Assert.Single(await Storage.ReadAsync([ConversationKey, UserKey], CancellationToken.None));
    }

    [Fact]
    public async Task Write_StoreItem_GetsNewETagOnEachWrite()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { [UserKey] = new VersionedNote { Text = "v1" } }, CancellationToken.None);
        var first = await ReadVersionedAsync();

        first.Text = "v2";
        await Storage.WriteAsync(new Dictionary<string, object> { [UserKey] = first }, CancellationToken.None);
        var second = await ReadVersionedAsync();

        Assert.False(string.IsNullOrEmpty(first.ETag));
        Assert.False(string.IsNullOrEmpty(second.ETag));
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal("v2", second.Text);
    }

    [Fact]
    public async Task Write_WithStaleETag_ThrowsEtagConflictAndKeepsNewerItem()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { [UserKey] = new VersionedNote { Text = "v1" } }, CancellationToken.None);
        var mine = await ReadVersionedAsync();
        var theirs = await ReadVersionedAsync();
        theirs.Text = "theirs";
        await Storage.WriteAsync(new Dictionary<string, object> { [UserKey] = theirs }, CancellationToken.None);

        mine.Text = "mine";
        var conflict = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Storage.WriteAsync(new Dictionary<string, object> { [UserKey] = mine }, CancellationToken.None));

        Assert.StartsWith("Etag conflict", conflict.Message, StringComparison.Ordinal);
        Assert.Equal("theirs", (await ReadVersionedAsync()).Text);
    }

    [Fact]
    public async Task Write_WithETagOfDeletedItem_ThrowsEtagConflict()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { [UserKey] = new VersionedNote { Text = "v1" } }, CancellationToken.None);
        var mine = await ReadVersionedAsync();
        await Storage.DeleteAsync([UserKey], CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => Storage.WriteAsync(new Dictionary<string, object> { [UserKey] = mine }, CancellationToken.None));

        Assert.Empty(await Storage.ReadAsync([UserKey], CancellationToken.None));
    }

    [Fact]
    public async Task Write_WithWildcardETag_OverwritesWhateverIsStored()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { [UserKey] = new VersionedNote { Text = "v1" } }, CancellationToken.None);
        var stale = await ReadVersionedAsync();
        await Storage.WriteAsync(new Dictionary<string, object> { [UserKey] = new VersionedNote { Text = "v2" } }, CancellationToken.None);

        stale.ETag = "*";
        stale.Text = "forced";
        await Storage.WriteAsync(new Dictionary<string, object> { [UserKey] = stale }, CancellationToken.None);

        Assert.Equal("forced", (await ReadVersionedAsync()).Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Write_WithoutETag_OverwritesUnconditionally(string? etag)
    {
        // The SDK's BlobsStorage and CosmosDbPartitionedStorage semantics: no ETag, no condition.
        await Storage.WriteAsync(new Dictionary<string, object> { [UserKey] = new VersionedNote { Text = "v1" } }, CancellationToken.None);

        await Storage.WriteAsync(
            new Dictionary<string, object> { [UserKey] = new VersionedNote { Text = "v2", ETag = etag } }, CancellationToken.None);

        Assert.Equal("v2", (await ReadVersionedAsync()).Text);
    }

    [Fact]
    public async Task Write_ConcurrentWritersWithSameETag_ExactlyOneWins()
    {
        const int writers = 16;
        const int rounds = 10;
        await Storage.WriteAsync(new Dictionary<string, object> { [UserKey] = new VersionedNote { Text = "start" } }, CancellationToken.None);

        // Several rounds, each released at once, because a race that is lost only sometimes must still fail this test.
        for (var round = 0; round < rounds; round++)
        {
            var etag = (await ReadVersionedAsync()).ETag;
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var attempts = Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
            {
                var change = new VersionedNote { Text = $"round {round} writer {writer}", ETag = etag };
                await go.Task;
                try
                {
                    await Storage.WriteAsync(new Dictionary<string, object> { [UserKey] = change }, CancellationToken.None);
                    return change.Text;
                }
                catch (InvalidOperationException conflict) when (conflict.Message.StartsWith("Etag conflict", StringComparison.Ordinal))
                {
                    return null;
                }
            })).ToArray();
            go.SetResult();

            var outcomes = await Task.WhenAll(attempts);

            var winner = Assert.Single(outcomes, outcome => outcome is not null);
            Assert.Equal(winner, (await ReadVersionedAsync()).Text);
        }
    }

    [Fact]
    public async Task Write_SecondWriterWithSameETagWhileFirstIsMidWrite_ExactlyOneWins()
    {
        // Deterministic version of the race above: the first writer has passed its ETag check and is
        // stuck serialising when the second one, holding the same ETag, writes.
        await Storage.WriteAsync(new Dictionary<string, object> { [UserKey] = new VersionedNote { Text = "start" } }, CancellationToken.None);
        var etag = (await ReadVersionedAsync()).ETag;
        using var slow = new SlowNote { ETag = etag };

        var first = Task.Run(() => TryWriteAsync(slow));
        slow.Entered.Wait(TimeSpan.FromSeconds(30));
        var second = Task.Run(() => TryWriteAsync(new VersionedNote { Text = "second", ETag = etag }));
        // A store that lets the second writer through finishes it now; a correct one holds it or refuses it.
        await Task.WhenAny(second, Task.Delay(TimeSpan.FromMilliseconds(500)));
        slow.Release.Set();

        var outcomes = await Task.WhenAll(first, second);

        Assert.True(slow.Entered.IsSet);
        Assert.Equal(1, outcomes.Count(won => won));
    }

    [Fact]
    public async Task StoredNames_AreKeyPseudonymsAndNeverContainTeamsIds()
    {
        await Storage.WriteAsync(
            new Dictionary<string, object> { [ConversationKey] = new Note(), [UserKey] = new Note() }, CancellationToken.None);

        var names = await ListStoredNamesAsync();
        var everything = string.Join('\n', names) + '\n' + await ReadAllStoredTextAsync();

        Assert.Equal(2, names.Count);
        Assert.Equal(
            new[] { Pseudonymizer.ForStateKey(ConversationKey), Pseudonymizer.ForStateKey(UserKey) }.Order(),
            names.Select(name => Path.GetFileNameWithoutExtension(name)).Order());
        Assert.DoesNotContain(ConversationId, everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(UserId, everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("msteams", everything, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Read_AfterRestart_ReturnsEarlierWrites()
    {
        await Storage.WriteAsync(
            new Dictionary<string, object> { [ConversationKey] = new Note { Text = "kept" } }, CancellationToken.None);

        var items = await Restart().ReadAsync([ConversationKey], CancellationToken.None);

        Assert.Equal("kept", Assert.IsType<Note>(items[ConversationKey]).Text);
    }

    [Fact]
    public async Task Write_TypeOutsideTrustedAssemblies_IsRefusedAndNothingIsStored()
    {
        var state = new Dictionary<string, object> { ["cookie"] = new System.Net.Cookie("name", "value") };

        var refused = await Assert.ThrowsAnyAsync<Exception>(
            () => Storage.WriteAsync(new Dictionary<string, object> { [ConversationKey] = state }, CancellationToken.None));

        Assert.Contains("System.Net.Cookie' may not be stored in bot state", refused.ToString(), StringComparison.Ordinal);

        Assert.Empty(await Storage.ReadAsync([ConversationKey], CancellationToken.None));
    }

    [Fact]
    public async Task Read_StoredTypeNameOutsideTrustedAssemblies_IsRefused()
    {
        await PlantRawItemAsync(ConversationKey, """{"$type":"System.Version, System.Private.CoreLib","Major":1,"Minor":2}""");

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => Storage.ReadAsync([ConversationKey], CancellationToken.None));

        Assert.Contains("System.Version' may not be stored in bot state", refused.ToString(), StringComparison.Ordinal);
    }

    private async Task<bool> TryWriteAsync(object value)
    {
        try
        {
            await Storage.WriteAsync(new Dictionary<string, object> { [UserKey] = value }, CancellationToken.None);
            return true;
        }
        catch (InvalidOperationException conflict) when (conflict.Message.StartsWith("Etag conflict", StringComparison.Ordinal))
        {
            return false;
        }
    }

    private async Task<VersionedNote> ReadVersionedAsync()
    {
        var items = await Storage.ReadAsync([UserKey], CancellationToken.None);
        return Assert.IsType<VersionedNote>(items[UserKey]);
    }

    private IStorage Track(IStorage storage)
    {
        _created.Add(storage);
        return storage;
    }

    private static Activity TeamsMessage() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        Text = "hello",
        Conversation = new ConversationAccount(id: ConversationId, tenantId: TenantId),
        From = new ChannelAccount(id: UserId),
        Recipient = new ChannelAccount(id: "28:bot"),
        ServiceUrl = "https://smba.trafficmanager.net/uk/",
    };

    public sealed class Note
    {
        public string? Text { get; set; }

        public int Count { get; set; }

        public List<string> Tags { get; set; } = [];
    }

    public sealed class VersionedNote : IStoreItem
    {
        public string? Text { get; set; }

        public string? ETag { get; set; }
    }

    /// <summary>An item whose serialisation blocks until released, to hold a writer mid-write.</summary>
    public sealed class SlowNote : IStoreItem, IDisposable
    {
        [JsonIgnore]
        public ManualResetEventSlim Entered { get; } = new();

        [JsonIgnore]
        public ManualResetEventSlim Release { get; } = new();

        public string? ETag { get; set; }

        public string Text
        {
            get
            {
                Entered.Set();
                Release.Wait(TimeSpan.FromSeconds(30));
                return "first";
            }
        }

        public void Dispose()
        {
            Entered.Dispose();
            Release.Dispose();
        }
    }
}
