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
    public static WordFacts Of(ReadOnlySpan<char> word) => new(
        FirstNames.All.Contains(word),
        AmbiguousNames.All.Contains(word),
        Surnames.All.Contains(word),
        CommonWords.All.Contains(word),
        SafeProperWords.All.Contains(word),
        Eponyms.All.Contains(word),
        Places.All.Contains(word));

    /// <summary>A given name that is not also an everyday word.</summary>
    public bool IsClearFirstName => IsFirstName && !IsAmbiguousName && !IsCommon;

    public bool IsKnownName => IsFirstName || IsAmbiguousName || IsSurname;
}
