using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Routing;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Bot.Teams;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Supervision.Groups;
using static SupervisionBot.Bot.Tests.Supervision.SupervisionFixture;

namespace SupervisionBot.Bot.Tests.Bot.Groups;

public sealed class GroupStoreTests : IDisposable
{
    private const string Channel = "msteams";
    private const string Conversation = "19:0a7d3f6c1e2b4a59b8c7d6e5f4a3b2c1@thread.v2";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("group-store-");
    private readonly Pseudonymizer _pseudonyms = TestPseudonyms.Create();
    private readonly LocalFolderSessionStore _sessions;
    private readonly GroupStore _groups;
    private readonly SupervisionGroup _group;

    public GroupStoreTests()
    {
        _sessions = new LocalFolderSessionStore(_folder.FullName, _pseudonyms, new FakeTimeProvider(), NullLogger<LocalFolderSessionStore>.Instance);
        _groups = new GroupStore(_sessions);

        // The group of the conversation the requests below come from.
        _group = Group(LondonMondays(new DateOnly(2027, 3, 8)), Member(1), Member(2)) with { Id = GroupIds.Of(Activity(), _pseudonyms) };
    }

    public void Dispose()
    {
        _sessions.Dispose();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Put_ThenGet_RoundTripsTheGroup_UnderNoConversationIdOnDisk()
    {
        var saved = await _groups.PutAsync(Channel, _group, ifMatch: null, CancellationToken.None);

        var read = await _groups.GetAsync(Channel, _group.Id, CancellationToken.None);

        Assert.True(saved.IsSaved);
        Assert.Equal(_group, read!.Value);
        Assert.DoesNotContain(
            Directory.EnumerateFileSystemEntries(_folder.FullName, "*", SearchOption.AllDirectories),
            path => path.Contains("thread.v2", StringComparison.Ordinal) || path.Contains("0a7d3f6c", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Put_WithAStaleETag_IsAConflict_AndKeepsTheFirstChange()
    {
        await _groups.PutAsync(Channel, _group, ifMatch: null, CancellationToken.None);
        var stored = (await _groups.GetAsync(Channel, _group.Id, CancellationToken.None))!;

        var first = await _groups.PutAsync(Channel, _group.SetPaused(Supervisor, paused: true)!, stored.ETag, CancellationToken.None);
        var second = await _groups.PutAsync(Channel, _group.ChangeSettings(Supervisor, _group.Settings with { Name = "Renamed" })!, stored.ETag, CancellationToken.None);
        var create = await _groups.PutAsync(Channel, _group, ifMatch: null, CancellationToken.None);

        Assert.True(first.IsSaved);
        Assert.IsType<PutResult.Conflict>(second);
        Assert.IsType<PutResult.Conflict>(create);
        var now = (await _groups.GetAsync(Channel, _group.Id, CancellationToken.None))!.Value;
        Assert.True(now.IsPaused);
        Assert.Equal("Thursday group", now.Settings.Name);
    }

    [Theory]
    [InlineData(Supervisor, nameof(Audience.Supervisor))]
    [InlineData("0001beefbeefbeef", nameof(Audience.Member))]
    [InlineData("00ffbeefbeefbeef", nameof(Audience.Anyone))]
    public async Task RoleResolver_InAGroupConversation_ReadsTheStoredGroupByPseudonym(string person, string expected)
    {
        await _groups.PutAsync(Channel, _group, ifMatch: null, CancellationToken.None);

        var audience = await new GroupRoleResolver(_groups, _pseudonyms).ResolveAsync(Request(person, ConversationKind.GroupChat), CancellationToken.None);

        Assert.Equal(Enum.Parse<Audience>(expected), audience);
    }

    [Fact]
    public async Task RoleResolver_BeforeSetupOrInA1to1Chat_TreatsEveryoneAsAMember()
    {
        var resolver = new GroupRoleResolver(_groups, _pseudonyms);

        Assert.Equal(Audience.Member, await resolver.ResolveAsync(Request("00ffbeefbeefbeef", ConversationKind.GroupChat), CancellationToken.None));

        await _groups.PutAsync(Channel, _group, ifMatch: null, CancellationToken.None);
        Assert.Equal(Audience.Member, await resolver.ResolveAsync(Request("00ffbeefbeefbeef", ConversationKind.Personal), CancellationToken.None));
    }

    [Fact]
    public async Task RoleResolver_InAChannelThread_FindsTheChannelsGroup()
    {
        await _groups.PutAsync(Channel, _group, ifMatch: null, CancellationToken.None);
        var thread = Activity(Conversation + ";messageid=1733212345678");

        var audience = await new GroupRoleResolver(_groups, _pseudonyms).ResolveAsync(
            new RouteRequest(new TurnContext(new Moq.Mock<BotAdapter>().Object, thread), Supervisor, ConversationKind.Channel, Press: null),
            CancellationToken.None);

        Assert.Equal(Audience.Supervisor, audience);
    }

    private static Activity Activity(string conversation = Conversation) =>
        new() { ChannelId = Channel, Conversation = new ConversationAccount(id: conversation) { TenantId = "00000000-0000-0000-0000-000000000001" } };

    private static RouteRequest Request(string person, ConversationKind kind) =>
        new(new TurnContext(new Moq.Mock<BotAdapter>().Object, Activity()), person, kind, Press: null);
}
