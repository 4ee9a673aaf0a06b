using System.Collections.Frozen;

namespace SupervisionBot.Anonymisation.Lexicon;

/// <summary>
/// A case-insensitive set of words, looked up by span so scanning a reflection allocates no strings.
/// </summary>
internal sealed class WordList
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _phraseStarts;

    public WordList(string whitespaceSeparatedWords)
        : this(whitespaceSeparatedWords.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
    {
    }

    public WordList(IEnumerable<string> words)
    {
        _words = words.Select(w => w.Replace('_', ' ')).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _phraseStarts = _words
            .Where(w => w.Contains(' ', StringComparison.Ordinal))
            .Select(w => w[..w.IndexOf(' ', StringComparison.Ordinal)])

            // "kings cross" is reached from the word "King" of "King's Cross".
            .SelectMany(w => w.EndsWith('s') ? new[] { w, w[..^1] } : [w])
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _words.Count;

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>Whether some multi-word entry starts with <paramref name="word"/>, so longer lookups are worth trying.</summary>
    public bool StartsPhrase(ReadOnlySpan<char> word) => _phraseStarts.Contains(word);

    public IEnumerable<string> Words => _words;
}
