using SupervisionBot.Anonymisation.Lexicon;

namespace SupervisionBot.Anonymisation.Scanning;

/// <summary>What the word lists say about one word, looked up once.</summary>
internal readonly record struct WordFacts(
    bool IsFirstName,
    bool IsAmbiguousName,
    bool IsSurname,
    bool IsCommon,
    bool IsSafe,
    bool IsEponym,
    bool IsPlace)
{
    private static readonly string[] EnglishSuffixes =
        ["ing", "tion", "sion", "ness", "ment", "ance", "ence", "ity", "ous", "ful", "less", "able", "ible", "ism", "ist", "ical", "ally", "ship", "hood", "ative", "itive", "ise", "ize", "ised", "ized"];

    public static WordFacts Of(ReadOnlySpan<char> word)
    {
        var firstName = FirstNames.All.Contains(word);
        var ambiguous = AmbiguousNames.All.Contains(word);
        var surname = Surnames.All.Contains(word);

        // Without a full dictionary, a word with an English ending ("Questioning", "Tolerance") that no name
        // list knows is taken for an ordinary word; it keeps Title Case headings from turning into names.
        var common = CommonWords.All.Contains(word) || (!firstName && !ambiguous && !surname && HasEnglishSuffix(word));
        return new(firstName, ambiguous, surname, common, SafeProperWords.All.Contains(word), Eponyms.All.Contains(word), Places.All.Contains(word));
    }

    private static bool HasEnglishSuffix(ReadOnlySpan<char> word)
    {
        if (word.Length < 6)
        {
            return false;
        }

        foreach (var suffix in EnglishSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A given name that is not also an everyday word.</summary>
    public bool IsClearFirstName => IsFirstName && !IsAmbiguousName && !IsCommon;

    public bool IsKnownName => IsFirstName || IsAmbiguousName || IsSurname;
}
