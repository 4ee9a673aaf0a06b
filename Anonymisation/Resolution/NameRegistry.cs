using SupervisionBot.Anonymisation.Lexicon;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Resolution;

/// <summary>
/// Every word found as part of a name anywhere in a reflection, so that each other occurrence, in any field,
/// is removed too: a name spotted once in "her son Tom" is still a name in "Tom's teacher".
/// </summary>
internal sealed class NameRegistry
{
    private readonly Dictionary<string, IdentifierType> _words = new(StringComparer.OrdinalIgnoreCase);

    public void Register(ScannedText text, IEnumerable<RedactedSpan> spans)
    {
        foreach (var span in spans)
        {
            if (span.Type is not (IdentifierType.Person or IdentifierType.Place or IdentifierType.Org))
            {
                continue;
            }

            foreach (var word in text.Words)
            {
                if (word.Start < span.Start || word.End > span.End || word.Length < 2)
                {
                    continue;
                }

                var letters = word.In(text.Text);
                if (!IsDistinctive(letters))
                {
                    continue;
                }

                _words.TryAdd(letters.ToString(), span.Type);
            }
        }
    }

    /// <summary>
    /// Whether word <paramref name="index"/>, found as a name elsewhere, is that name here. An everyday word
    /// becomes a name again only with a capital away from the start of a sentence ("Will", not "will"; not
    /// "Rose bushes in the garden").
    /// </summary>
    public static bool MayPropagate(ScannedText text, int index)
    {
        var word = text.Words[index];
        return (word.IsCapitalised && (!word.StartsSentence || IsFollowedByVerb(text, index))) || !IsEveryday(word.In(text.Text));
    }

    /// <summary>Whether a word is also an everyday word or an ambiguous place ("Will", "Hope", "Reading").</summary>
    public static bool IsEveryday(ReadOnlySpan<char> letters) =>
        AmbiguousNames.All.Contains(letters) || Places.Ambiguous.Contains(letters) || CommonWords.All.Contains(letters);

    /// <summary>Whether a word of a found name is worth remembering on its own (not "St", "the", "Hospital", "Dr").</summary>
    public static bool IsDistinctive(ReadOnlySpan<char> letters) =>
        letters.Length >= 2 && !CommonWords.All.Contains(letters) && !SafeProperWords.All.Contains(letters)
        && !SafeProperWords.Titles.Contains(letters) && !Organisations.Suffixes.Contains(letters);

    private static bool IsFollowedByVerb(ScannedText text, int index) =>
        index + 1 < text.Words.Length && text.Adjacent(index, index + 1) && SafeProperWords.PersonVerbs.Contains(text.WordText(index + 1));

    public void Propagate(ScannedText text, List<Candidate> found)
    {
        if (_words.Count == 0)
        {
            return;
        }

        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < text.Words.Length; i++)
        {
            var word = text.Words[i];
            var letters = word.In(text.Text);
            if (!lookup.TryGetValue(letters, out var type))
            {
                continue;
            }

            if (MayPropagate(text, i))
            {
                found.Add(new Candidate(word.Start, word.End, type, Priority.Propagated));
            }
        }
    }
}
