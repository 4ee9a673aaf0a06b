using System.Collections.Immutable;

namespace SupervisionBot.Supervision.Digests;

/// <summary>
/// A confirmed reflection as the digest composer reads it: the composer's own input, so the stored
/// document can change without changing the rules here. Texts are already anonymised; the author and
/// group are pseudonyms. The edge maps archived documents to this.
/// </summary>
public sealed record DigestReflection
{
    public required Guid Id { get; init; }

    /// <summary>The author's pseudonym: used to count contributors, never shown.</summary>
    public required string Author { get; init; }

    /// <summary>The group's pseudonym, if the reflection belongs to one.</summary>
    public string? Group { get; init; }

    public required DigestSharing Sharing { get; init; }

    /// <summary>The author asked a supervisor for contact. Counted only; the request itself travels on its own, at once.</summary>
    public bool RequestsContact { get; init; }

    /// <summary>The flow's id, such as <c>sessionReflection</c>.</summary>
    public required string Flow { get; init; }

    public string? CaseLabel { get; init; }

    public required DateTimeOffset ConfirmedAt { get; init; }

    /// <summary>Rating input id to the point chosen ("1" lowest).</summary>
    public IReadOnlyDictionary<string, string> Ratings { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Choice input id to the values chosen.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Choices { get; init; } = ImmutableDictionary<string, IReadOnlyList<string>>.Empty;

    /// <summary>Text input id to the anonymised text.</summary>
    public IReadOnlyDictionary<string, string> Texts { get; init; } = ImmutableDictionary<string, string>.Empty;
}
