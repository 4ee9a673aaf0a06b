using System.Text.RegularExpressions;

namespace SupervisionBot.Supervision.Groups;

/// <summary>
/// Identities in this project are pseudonyms: keyed hashes of AAD object ids (people) or of Teams
/// conversation ids (groups), as the edge writes them. A display name or a raw id is refused here,
/// so it can never become the thing roles are compared by.
/// </summary>
public static partial class Pseudonyms
{
    /// <summary>Lower-case hex, 16 to 128 characters: the same rule the archive applies to names.</summary>
    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    /// <exception cref="ArgumentException">The value is not a pseudonym. The message never repeats it.</exception>
    public static string Require(string? value, string paramName) =>
        IsValid(value) ? value! : throw new ArgumentException("Expected a pseudonym: 16 to 128 lower-case hex characters.", paramName);

    [GeneratedRegex("^[0-9a-f]{16,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
