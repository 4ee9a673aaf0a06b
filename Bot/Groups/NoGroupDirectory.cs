using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Groups;

/// <summary>
/// The directory while no group can be set up yet: it knows no group and no address, so the
/// scheduler has nothing to send and <c>digest</c> finds no group. Registered only when no real
/// <see cref="IGroupDirectory"/> is (the one that reads set-up groups replaces it).
/// </summary>
internal sealed class NoGroupDirectory : IGroupDirectory
{
    public Task<IReadOnlyList<GroupMembership>> GroupsOfAsync(string channelId, string userKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<GroupMembership>>([]);

    public Task<Stored<SupervisionGroup>?> FindAsync(string channelId, string groupId, CancellationToken cancellationToken) =>
        Task.FromResult<Stored<SupervisionGroup>?>(null);

    public Task<ProactiveAddress.Person?> AddressOfAsync(string channelId, string userKey, CancellationToken cancellationToken) =>
        Task.FromResult<ProactiveAddress.Person?>(null);

    public Task<ProactiveAddress.Conversation?> ConversationOfAsync(string channelId, string groupId, CancellationToken cancellationToken) =>
        Task.FromResult<ProactiveAddress.Conversation?>(null);

    public IAsyncEnumerable<SupervisionGroup> AllAsync(string channelId, CancellationToken cancellationToken) =>
        AsyncEnumerable.Empty<SupervisionGroup>();
}
