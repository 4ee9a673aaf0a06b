using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>
/// An in-memory <see cref="IGroupDirectory"/> for the scheduler's tests (branch <c>schedule</c>),
/// until the real directory is merged: groups by pseudonym, and where each person can be reached.
/// </summary>
internal sealed class ScheduleFakeDirectory : IGroupDirectory
{
    public const string Channel = "msteams";
    public const string ServiceUrl = "https://smba.example/teams/";
    public const string Tenant = "00000000-0000-0000-0000-000000000001";

    private readonly ConcurrentDictionary<string, SupervisionGroup> _groups = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ProactiveAddress.Person> _people = new(StringComparer.Ordinal);

    public void Put(SupervisionGroup group) => _groups[group.Id] = group;

    /// <summary>Makes each of <paramref name="people"/> reachable 1:1 (the bot has met them), as Teams user id <c>29:{person}</c>.</summary>
    public void Reachable(params string[] people)
    {
        foreach (var person in people)
        {
            _people[person] = new ProactiveAddress.Person(Channel, ServiceUrl, Tenant, TeamsUserId(person));
        }
    }

    public static string TeamsUserId(string person) => "29:" + person;

    public static string ConversationId(string groupId) => $"19:{groupId}@thread.v2";

    public Task<IReadOnlyList<GroupMembership>> GroupsOfAsync(string channelId, string userKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<GroupMembership>>(
            [.. _groups.Values.Where(group => group.RoleOf(userKey) is not null).Select(group => new GroupMembership(group, group.RoleOf(userKey)!.Value))]);

    public Task<Stored<SupervisionGroup>?> FindAsync(string channelId, string groupId, CancellationToken cancellationToken) =>
        Task.FromResult(_groups.TryGetValue(groupId, out var group) ? new Stored<SupervisionGroup>(group, "\"1\"") : null);

    public Task<ProactiveAddress.Person?> AddressOfAsync(string channelId, string userKey, CancellationToken cancellationToken) =>
        Task.FromResult(_people.TryGetValue(userKey, out var person) ? person : null);

    public Task<ProactiveAddress.Conversation?> ConversationOfAsync(string channelId, string groupId, CancellationToken cancellationToken) =>
        Task.FromResult<ProactiveAddress.Conversation?>(
            _groups.ContainsKey(groupId) ? new ProactiveAddress.Conversation(Channel, ServiceUrl, Tenant, ConversationId(groupId)) : null);

    public async IAsyncEnumerable<SupervisionGroup> AllAsync(string channelId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var group in _groups.Values.ToList())
        {
            await Task.Yield();
            yield return group;
        }
    }
}
