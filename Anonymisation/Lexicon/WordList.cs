using System.Collections.Frozen;

namespace SupervisionBot.Anonymisation.Lexicon;

/// <summary>
/// A case-insensitive set of words, looked up by span so scanning a reflection allocates no strings.
/// </summary>
internal sealed class WordList
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordList(string whitespaceSeparatedWords)
        : this(whitespaceSeparatedWords.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
    {
    }

    public WordList(IEnumerable<string> words)
    {
        _words = words.Select(w => w.Replace('_', ' ')).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _words.Count;

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public IEnumerable<string> Words => _words;
}
