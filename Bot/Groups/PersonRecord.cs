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
