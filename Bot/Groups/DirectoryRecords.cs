using System.Collections.Immutable;

namespace SupervisionBot.Bot.Groups;

/// <summary>
/// What the directory keeps about one person, under the pseudonym of their AAD object id: where
/// to reach them 1:1 (refreshed whenever they write to the bot or a group they are in is read
/// from Teams), and the groups they have been seen in. A group listed here is only a hint: the
/// group's own member list decides, so someone who left is not counted by a stale entry.
/// </summary>
/// <param name="Address">Null until the bot has seen them with a Teams user id.</param>
/// <param name="Groups">Group pseudonyms.</param>
internal sealed record PersonRecord(PersonAddress? Address, ImmutableArray<string> Groups)
{
    public static PersonRecord Empty { get; } = new(null, []);
}

/// <summary>How to start a 1:1 with someone: kept as an address, never used as a key.</summary>
internal sealed record PersonAddress(string TeamsUserId, string ServiceUrl, string TenantId);

/// <summary>Where a group's own conversation is, for its summary and for notes to members.</summary>
internal sealed record GroupConversationRecord(string ConversationId, string ServiceUrl, string TenantId);

/// <summary>Every group's pseudonym in one channel (Teams, normally), for the scheduler to walk.</summary>
internal sealed record GroupIndex(ImmutableArray<string> GroupIds)
{
    public static GroupIndex Empty { get; } = new([]);
}
