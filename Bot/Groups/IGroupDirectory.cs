using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Groups;

/// <summary>
/// Groups and the people in them, by pseudonym: which groups a person is in (from a 1:1 chat,
/// where the conversation says nothing about groups), where to reach a person or a group, and
/// every group, for the scheduler. People are keyed by the pseudonym of their AAD object id,
/// groups by the pseudonym <see cref="SupervisionGroup.Id"/>.
/// </summary>
internal interface IGroupDirectory
{
    Task<IReadOnlyList<GroupMembership>> GroupsOfAsync(string channelId, string userKey, CancellationToken cancellationToken);

    Task<Stored<SupervisionGroup>?> FindAsync(string channelId, string groupId, CancellationToken cancellationToken);

    /// <summary>Where to start a 1:1 with the person, if the bot has seen them in a group or a 1:1 chat.</summary>
    Task<ProactiveAddress.Person?> AddressOfAsync(string channelId, string userKey, CancellationToken cancellationToken);

    /// <summary>The group's own conversation, for its summary and for notes to members who cannot be reached 1:1.</summary>
    Task<ProactiveAddress.Conversation?> ConversationOfAsync(string channelId, string groupId, CancellationToken cancellationToken);

    IAsyncEnumerable<SupervisionGroup> AllAsync(string channelId, CancellationToken cancellationToken);
}
