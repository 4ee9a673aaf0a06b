using System.Collections.Immutable;

namespace SupervisionBot.Bot.Groups;

/// <summary>Every group's pseudonym in one channel (Teams, normally), for the scheduler to walk.</summary>
internal sealed record GroupIndex(ImmutableArray<string> GroupIds)
{
    public static GroupIndex Empty { get; } = new([]);
}
