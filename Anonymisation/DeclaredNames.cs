namespace SupervisionBot.Anonymisation;

/// <summary>
/// The names the therapist declared for the client of a reflection (real name and the names they go by),
/// which are removed everywhere, in any case, with nicknames and one-letter typos.
/// </summary>
public sealed record DeclaredNames(string? Client, IReadOnlyList<string> Aliases)
{
    /// <summary>No declared names: only the recognisers' own findings are removed.</summary>
    public static DeclaredNames None { get; } = new(null, []);

    /// <summary>Other people the therapist named up front (a partner, a parent), removed like the client but tagged as people.</summary>
    public IReadOnlyList<string> OtherPeople { get; init; } = [];
}
