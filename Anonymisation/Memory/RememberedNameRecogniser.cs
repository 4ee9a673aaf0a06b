using System.Text;
using SupervisionBot.Anonymisation.Recognisers;
using SupervisionBot.Anonymisation.Resolution;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Memory;

/// <summary>
/// Finds again what earlier steps of the reflection found, by hashing each word (and each run of two to four
/// adjacent words) and looking the hash up in the memory. The declared client's forms follow the declared-name
/// rules (typos only where a typo is allowed, everyday words in lower case kept); other people, places and
/// organisations follow the rules for a name found in another field of the same step.
/// </summary>
internal static class RememberedNameRecogniser
{
    public static void Recognise(ScannedText text, CallMemory memory, List<Candidate> found)
    {
        if (memory.Memory.IsEmpty)
        {
            return;
        }

        var words = text.Words;
        var phrase = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            if ((i & 63) == 0)
            {
                text.Budget.ThrowIfExhausted();
            }

            if (IsInsideTag(text, i))
            {
                continue;
            }

            var word = words[i];
            var letters = word.In(text.Text);
            var hash = memory.Hasher.Hash(letters);
            if (memory.Memory.FindExact(hash) is { } exact)
            {
                AddWord(text, i, exact.Type, found);
            }
            else if (memory.Memory.FindTypo(hash) is { } typo)
            {
                var isCommonWord = DeclaredNameRecogniser.IsCommonWord(letters);
                if (DeclaredNameRecogniser.MayBeTypo(word, isCommonWord) && DeclaredNameRecogniser.Accepts(text, i, isCommonWord))
                {
                    found.Add(new Candidate(word.Start, word.End, typo.Type, Priority.Client));
                }
            }

            phrase.Clear().Append(letters);
            for (var last = i + 1; last < words.Length && last - i < CallMemory.MaxPhraseWords && IsNextInPhrase(text, last - 1, last) && !IsInsideTag(text, last); last++)
            {
                phrase.Append(' ').Append(text.WordText(last));
                if (memory.Memory.FindExact(memory.Hasher.Hash(phrase.ToString())) is { } remembered && IsNameHere(text, i, last))
                {
                    found.Add(new Candidate(word.Start, words[last].End, remembered.Type, PriorityOf(remembered.Type)));
                }
            }
        }

        // "A n a s t a s i a": a remembered name spelled out letter by letter keeps its type.
        foreach (var (first, last, joined) in SpelledOutNameRecogniser.Runs(text))
        {
            var hash = memory.Hasher.Hash(joined);
            if ((memory.Memory.FindExact(hash) ?? memory.Memory.FindTypo(hash)) is { } remembered)
            {
                found.Add(new Candidate(words[first].Start, words[last].End, remembered.Type, PriorityOf(remembered.Type)));
            }
        }
    }

    private static void AddWord(ScannedText text, int index, IdentifierType type, List<Candidate> found)
    {
        var word = text.Words[index];
        var accepted = type == IdentifierType.Client
            ? DeclaredNameRecogniser.Accepts(text, index, DeclaredNameRecogniser.IsCommonWord(word.In(text.Text)))
            : NameRegistry.MayPropagate(text, index);
        if (accepted)
        {
            found.Add(new Candidate(word.Start, word.End, type, PriorityOf(type)));
        }
    }

    // A name remembered from an earlier step is as trusted as one found in another field of this step.
    private static int PriorityOf(IdentifierType type) => type == IdentifierType.Client ? Priority.Client : Priority.Propagated;

    /// <summary>A run of words is a remembered name unless every word is everyday and written in lower case in a text that capitalises names.</summary>
    private static bool IsNameHere(ScannedText text, int first, int last)
    {
        if (text.IsLowerCase)
        {
            return true;
        }

        for (var i = first; i <= last; i++)
        {
            if (text.Words[i].IsCapitalised || !NameRegistry.IsEveryday(text.WordText(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether only spaces (and at most one comma) lie between two words, after a possessive ("St Mary's Hospital").</summary>
    private static bool IsNextInPhrase(ScannedText text, int first, int second)
    {
        var gap = text.Text.AsSpan(text.Words[first].End, text.Words[second].Start - text.Words[first].End);
        if (gap.StartsWith("'s") || gap.StartsWith("’s"))
        {
            gap = gap[2..];
        }

        return gap.Length is > 0 and <= 3 && !gap.ContainsAnyExcept(" ,");
    }

    /// <summary>The type word of a tag already in the text ("[PERSON-1]", "[CLIENT]"), which is never a name.</summary>
    private static bool IsInsideTag(ScannedText text, int index)
    {
        var word = text.Words[index];
        return word.IsAllCaps && word.Start > 0 && text.Text[word.Start - 1] == '[';
    }
}
