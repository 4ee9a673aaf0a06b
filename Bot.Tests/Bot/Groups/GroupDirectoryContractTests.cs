using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Supervision.Groups;
using static SupervisionBot.Bot.Tests.Supervision.SupervisionFixture;

namespace SupervisionBot.Bot.Tests.Bot.Groups;

/// <summary>What the group directory must do over any session store: run on a local folder and on Azurite.</summary>
public abstract class GroupDirectoryContractTests : IAsyncLifetime
{
    protected const string Channel = "msteams";
    private const string TeamsUserId = "29:1Xk2Lm3Nq4Rs5Tu6Vw7Yz8aB9cD0eF1gH2iJ3kL4mN5oP6qR7s";
    private const string ServiceUrl = "https://smba.trafficmanager.net/uk/";
    private const string Tenant = "00000000-0000-0000-0000-000000000001";

    private readonly List<IDisposable> _stores = [];
    private GroupDirectory? _directory;

    private protected Pseudonymizer Pseudonyms { get; } = TestPseudonyms.Create();

    private protected GroupDirectory Directory => _directory ??= NewDirectory();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        return Task.CompletedTask;
    }

    /// <summary>A new store over the same folder or container, as a second instance of the bot would have.</summary>
    private protected abstract ISessionStore CreateStore();

    /// <summary>Everything stored, names and contents, to check no raw id is at rest in a name.</summary>
    protected abstract Task<IReadOnlyList<string>> ListStoredNamesAsync();

    private protected GroupDirectory NewDirectory()
    {
        var store = CreateStore();
        if (store is IDisposable disposable)
        {
            _stores.Add(disposable);
        }

        return new GroupDirectory(new GroupStore(store), store, NullLogger<GroupDirectory>.Instance);
    }

    [Fact]
    public async Task ASavedGroup_IsFoundByItsPseudonym_AndListedForTheScheduler()
    {
        var group = Group(LondonMondays(new DateOnly(2027, 3, 8)), Member(1)) with { Id = GroupId };

        var saved = await Directory.SaveGroupAsync(Channel, group, ifMatch: null, CancellationToken.None);

        Assert.True(saved.IsSaved);
        Assert.Equal(group, (await Directory.FindAsync(Channel, GroupId, CancellationToken.None))!.Value);
        Assert.Null(await Directory.FindAsync(Channel, OtherGroupId, CancellationToken.None));
        Assert.Null(await Directory.FindAsync(Channel, "Thursday group", CancellationToken.None));
        Assert.Equal([GroupId], await Ids(Directory.AllAsync(Channel, CancellationToken.None)));
        Assert.Empty(await Ids(Directory.AllAsync("another-channel", CancellationToken.None)));
    }

    [Fact]
    public async Task SavingWithAStaleETag_IsAConflict_AndTheFirstChangeStays()
    {
        var group = Group(LondonMondays(new DateOnly(2027, 3, 8))) with { Id = GroupId };
        await Directory.SaveGroupAsync(Channel, group, ifMatch: null, CancellationToken.None);
        var read = (await Directory.FindAsync(Channel, GroupId, CancellationToken.None))!;

        var first = await Directory.SaveGroupAsync(Channel, group.SetPaused(Supervisor, paused: true)!, read.ETag, CancellationToken.None);
        var second = await NewDirectory().SaveGroupAsync(Channel, group with { Settings = group.Settings with { Name = "Renamed" } }, read.ETag, CancellationToken.None);

        Assert.True(first.IsSaved);
        Assert.IsType<PutResult.Conflict>(second);
        Assert.True((await Directory.FindAsync(Channel, GroupId, CancellationToken.None))!.Value.IsPaused);
    }

    [Fact]
    public async Task GroupsOf_ListsEachGroupWithTheRole_AndSkipsGroupsThePersonLeftOrThatWereRemoved()
    {
        var member = Member(1);
        var first = Group(LondonMondays(new DateOnly(2027, 3, 8)), member) with { Id = GroupId };
        var second = Group(LondonMondays(new DateOnly(2027, 3, 8)) with { Name = "Anxiety group", Supervisors = [member] }, Member(2)) with { Id = OtherGroupId };
        var third = Group(LondonMondays(new DateOnly(2027, 3, 8)), member) with { Id = "0123456789abcdef" };
        foreach (var group in new[] { first, second, third })
        {
            await Directory.SaveGroupAsync(Channel, group, ifMatch: null, CancellationToken.None);
        }

        await Directory.LinkAsync(Channel, member, GroupId, address: null, CancellationToken.None);
        await Directory.LinkAsync(Channel, member, OtherGroupId, address: null, CancellationToken.None);
        await Directory.LinkAsync(Channel, member, third.Id, address: null, CancellationToken.None);

        var both = await Directory.GroupsOfAsync(Channel, member, CancellationToken.None);
        Assert.Equal(
            [("Anxiety group", GroupRole.Supervisor), ("Thursday group", GroupRole.Member), ("Thursday group", GroupRole.Member)],
            both.Select(m => (m.Group.Settings.Name, m.Role)));

        // Left the first (the group's own list decides), and the third was removed.
        var stored = (await Directory.FindAsync(Channel, GroupId, CancellationToken.None))!;
        await Directory.SaveGroupAsync(Channel, stored.Value.WithoutMember(member), stored.ETag, CancellationToken.None);
        await Directory.RemoveGroupAsync(Channel, third.Id, CancellationToken.None);

        var now = await Directory.GroupsOfAsync(Channel, member, CancellationToken.None);
        Assert.Equal([OtherGroupId], now.Select(m => m.Group.Id));
        Assert.Empty(await Directory.GroupsOfAsync(Channel, Member(9), CancellationToken.None));
        Assert.Equal(new[] { GroupId, OtherGroupId }.Order(StringComparer.Ordinal), (await Ids(Directory.AllAsync(Channel, CancellationToken.None))).Order(StringComparer.Ordinal));
        Assert.Null(await Directory.ConversationOfAsync(Channel, third.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Addresses_ArePeoplesAndConversations_RefreshedWhenTheyChange()
    {
        var person = Member(1);
        Assert.Null(await Directory.AddressOfAsync(Channel, person, CancellationToken.None));

        await Directory.LinkAsync(Channel, person, GroupId, new PersonAddress(TeamsUserId, ServiceUrl, Tenant), CancellationToken.None);
        await Directory.RememberAddressAsync(Channel, person, new PersonAddress(TeamsUserId, "https://smba.trafficmanager.net/emea/", Tenant), CancellationToken.None);
        await Directory.RememberConversationAsync(Channel, GroupId, new GroupConversationRecord("19:abc@thread.v2", ServiceUrl, Tenant), CancellationToken.None);

        Assert.Equal(
            new ProactiveAddress.Person(Channel, "https://smba.trafficmanager.net/emea/", Tenant, TeamsUserId),
            await Directory.AddressOfAsync(Channel, person, CancellationToken.None));
        Assert.Equal(
            new ProactiveAddress.Conversation(Channel, ServiceUrl, Tenant, "19:abc@thread.v2"),
            await Directory.ConversationOfAsync(Channel, GroupId, CancellationToken.None));
        Assert.Null(await Directory.ConversationOfAsync(Channel, OtherGroupId, CancellationToken.None));

        // Refreshing the address keeps the person's groups.
        var group = Group(LondonMondays(new DateOnly(2027, 3, 8)), person) with { Id = GroupId };
        await Directory.SaveGroupAsync(Channel, group, ifMatch: null, CancellationToken.None);
        Assert.Single(await Directory.GroupsOfAsync(Channel, person, CancellationToken.None));

        await Directory.ForgetPersonAsync(Channel, person, CancellationToken.None);
        Assert.Null(await Directory.AddressOfAsync(Channel, person, CancellationToken.None));
    }

    [Fact]
    public async Task TwoInstances_LinkingAndListingAtOnce_LoseNothing()
    {
        var person = Member(1);
        var other = NewDirectory();
        var groupIds = Enumerable.Range(0, 12).Select(i => $"{i:x4}cafecafecafe").ToArray();

        await Task.WhenAll(groupIds.Select((id, i) => Task.Run(async () =>
        {
            var directory = i % 2 == 0 ? Directory : other;
            await directory.SaveGroupAsync(Channel, Group(LondonMondays(new DateOnly(2027, 3, 8)), person) with { Id = id }, ifMatch: null, CancellationToken.None);
            await directory.LinkAsync(Channel, person, id, address: null, CancellationToken.None);
        })));

        Assert.Equal(groupIds.Order(StringComparer.Ordinal), (await Ids(Directory.AllAsync(Channel, CancellationToken.None))).Order(StringComparer.Ordinal));
        Assert.Equal(groupIds.Order(StringComparer.Ordinal), (await other.GroupsOfAsync(Channel, person, CancellationToken.None)).Select(m => m.Group.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task NothingStored_IsNamedByARawIdOrAPseudonym()
    {
        var person = Member(1);
        await Directory.SaveGroupAsync(Channel, Group(LondonMondays(new DateOnly(2027, 3, 8)), person) with { Id = GroupId }, ifMatch: null, CancellationToken.None);
        await Directory.LinkAsync(Channel, person, GroupId, new PersonAddress(TeamsUserId, ServiceUrl, Tenant), CancellationToken.None);
        await Directory.RememberConversationAsync(Channel, GroupId, new GroupConversationRecord("19:abc@thread.v2", ServiceUrl, Tenant), CancellationToken.None);

        var names = await ListStoredNamesAsync();

        Assert.NotEmpty(names);
        Assert.DoesNotContain(names, name =>
            name.Contains(GroupId, StringComparison.Ordinal) || name.Contains(person, StringComparison.Ordinal)
            || name.Contains("29:", StringComparison.Ordinal) || name.Contains("thread", StringComparison.Ordinal));
    }

    private static async Task<List<string>> Ids(IAsyncEnumerable<SupervisionGroup> groups)
    {
        var ids = new List<string>();
        await foreach (var group in groups)
        {
            ids.Add(group.Id);
        }

        return ids;
    }
}

public sealed class LocalFolderGroupDirectoryTests : GroupDirectoryContractTests, IDisposable
{
    private readonly DirectoryInfo _folder = System.IO.Directory.CreateTempSubdirectory("group-directory-");
    private LocalFolderSessionStore? _shared;

    // One store object for both "instances": the local folder is for one process, and serialises writers inside it.
    private protected override ISessionStore CreateStore() =>
        _shared ??= new LocalFolderSessionStore(_folder.FullName, Pseudonyms, new FakeTimeProvider(), NullLogger<LocalFolderSessionStore>.Instance);

    protected override Task<IReadOnlyList<string>> ListStoredNamesAsync() =>
        Task.FromResult<IReadOnlyList<string>>([.. System.IO.Directory.EnumerateFiles(_folder.FullName, "*", SearchOption.AllDirectories).Select(Path.GetFileName)!]);

    public void Dispose()
    {
        _shared?.Dispose();
        _folder.Delete(recursive: true);
    }
}

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class BlobGroupDirectoryTests(AzuriteFixture azurite) : GroupDirectoryContractTests
{
    private readonly BlobContainerClient _container = azurite.CreateServiceClient().GetBlobContainerClient($"groups-{Guid.NewGuid():N}");

    private protected override ISessionStore CreateStore() =>
        new BlobSessionStore(_container, Pseudonyms, TimeProvider.System, NullLogger<BlobSessionStore>.Instance);

    protected override async Task<IReadOnlyList<string>> ListStoredNamesAsync()
    {
        var names = new List<string>();
        await foreach (var blob in _container.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        return names;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _container.DeleteIfExistsAsync();
    }
}
