using System.Globalization;
using System.Text.RegularExpressions;

namespace SupervisionBot.Bot.Archive;

/// <summary>
/// How archived reflections are named, in a blob container or under a folder:
/// <c>authors/{author}/{id}.json</c>. Authors and groups are pseudonyms, but they become names, so
/// they are checked to be nothing else: a Teams or AAD id, a display name or a path that slipped
/// through is refused here rather than written to storage. Error messages never repeat the value,
/// since a refused value may be exactly the identifier that must not be logged.
/// </summary>
internal static partial class ArchiveLayout
{
    public const string AuthorsFolder = "authors";
    public const string Extension = ".json";

    public static string ValidAuthor(string author, string? paramName = null) =>
        IsPseudonym(author) ? author : throw NotAPseudonym("An author", paramName ?? nameof(author));

    public static string ValidGroup(string group, string? paramName = null) =>
        IsPseudonym(group) ? group : throw NotAPseudonym("A group", paramName ?? nameof(group));

    /// <summary>Lower-case hex, as <see cref="Privacy.Pseudonymizer"/> writes it: safe as a path segment on every store.</summary>
    public static bool IsPseudonym(string? value) => value is not null && Pseudonym().IsMatch(value);

    /// <summary>The prefix every document of one author shares, ending in '/'.</summary>
    public static string AuthorPrefix(string author) => $"{AuthorsFolder}/{ValidAuthor(author)}/";

    public static string DocumentName(string author, Guid id) => AuthorPrefix(author) + FileName(id);

    public static string FileName(Guid id) => id.ToString("D", CultureInfo.InvariantCulture) + Extension;

    /// <summary>The id in a document's file or blob name, or null for anything that is not one.</summary>
    public static Guid? IdOf(string name)
    {
        var fileName = name[(name.LastIndexOf('/') + 1)..];
        return fileName.EndsWith(Extension, StringComparison.Ordinal)
            && Guid.TryParseExact(fileName[..^Extension.Length], "D", out var id)
            ? id
            : null;
    }

    /// <summary>Times as stored in names and tags: UTC, fixed width, so text order is time order.</summary>
    public static string SortableTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset? ParseSortableTime(string? text) =>
        DateTimeOffset.TryParseExact(
            text, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;

    private static ArgumentException NotAPseudonym(string what, string paramName) =>
        new($"{what} must be a pseudonym: 16 to 128 lower-case hex characters.", paramName);

    [GeneratedRegex("^[0-9a-f]{16,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pseudonym();
}
