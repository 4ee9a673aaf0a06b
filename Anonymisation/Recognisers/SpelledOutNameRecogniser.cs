using System.Text;
using SupervisionBot.Anonymisation.Lexicon;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>
/// Names written one letter at a time ("Z e b e d i a h", "K-E-I-R-A", "T.O.M"), as people spell a name out.
/// The letters are joined and judged as one word: a declared name is the client, a listed or unknown name is a
/// person, and an everyday word or an acronym spelled for emphasis ("N O", "C B T") stays.
/// </summary>
internal sealed class SpelledOutNameRecogniser : IRecogniser
{
    private const int MinimumLetters = 3;

    public void Recognise(ScannedText text, List<Candidate> found)
    {
        foreach (var (first, last, joined) in Runs(text))
        {
            var type = Judge(text, joined);
            if (type is not null)
            {
                found.Add(new Candidate(text.Words[first].Start, text.Words[last].End, type.Value, type == IdentifierType.Client ? Priority.Client : Priority.NameWithEvidence));
            }
        }
    }

    /// <summary>Each run of three or more spelled letters: its first and last word and the letters joined.</summary>
    public static IEnumerable<(int First, int Last, string Joined)> Runs(ScannedText text)
    {
        var words = text.Words;
        var letters = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            if ((i & 63) == 0)
            {
                text.Budget.ThrowIfExhausted();
            }

            letters.Clear();
            var last = i;
            if (IsHyphenSpelled(text.WordText(i)))
            {
                // "K-E-I-R-A" is one word to the scanner.
                foreach (var c in text.WordText(i))
                {
                    if (c != '-')
                    {
                        letters.Append(c);
                    }
                }
            }
            else
            {
                while (last < words.Length && words[last].Length == 1 && (last == i || IsLetterGap(text, last - 1, last)))
                {
                    letters.Append(text.Text[words[last].Start]);
                    last++;
                }

                last = Math.Max(i, last - 1);
            }

            if (letters.Length >= MinimumLetters)
            {
                yield return (i, last, letters.ToString());
            }

            i = last;
        }
    }

    private static IdentifierType? Judge(ScannedText text, string joined)
    {
        if (text.Declared.Find(joined, mayBeTypo: true) is { } declared)
        {
            return declared;
        }

        var facts = WordFacts.Of(joined);
        if (facts.IsFirstName || facts.IsAmbiguousName || facts.IsSurname)
        {
            return IdentifierType.Person;
        }

        // An unknown word spelled out is most likely a name; short ones are more likely initials or an acronym.
        return facts.IsCommon || facts.IsSafe || facts.IsEponym || joined.Length < 4 ? null : IdentifierType.Person;
    }

    /// <summary>One space, a full stop, a hyphen, or a full stop and a space between two spelled letters.</summary>
    private static bool IsLetterGap(ScannedText text, int a, int b) =>
        text.Text.AsSpan(text.Words[a].End, text.Words[b].Start - text.Words[a].End) is " " or "." or "-" or ". " or " - " or "  ";

    private static bool IsHyphenSpelled(ReadOnlySpan<char> word)
    {
        if (word.Length < (2 * MinimumLetters) - 1 || word.Length % 2 == 0)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if ((k % 2 == 1) != (word[k] == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
