using SupervisionBot.Anonymisation.Recognisers;

namespace SupervisionBot.Anonymisation.Scanning;

/// <summary>One field of a reflection, split into words once for every recogniser to share.</summary>
internal sealed class ScannedText
{
    private static readonly char[] SentenceEnds = ['.', '!', '?', ':', ';', '\n', '\r', '•', '*', '-', '–', '—'];

    public ScannedText(string text, DeclaredNameSet declared, TimeBudget budget)
    {
        Text = text;
        Declared = declared;
        Budget = budget;
        Words = SplitWords(text);
        var capitalised = 0;
        foreach (var word in Words)
        {
            if (word.IsCapitalised && !word.IsAllCaps && !IsFirstPersonPronoun(word.In(text)))
            {
                capitalised++;
            }
        }

        // Some therapists type everything in lower case; there capital letters carry no evidence, so name
        // finding leans on the word lists and on cues instead.
        IsLowerCase = Words.Length > 0 && capitalised * 25 < Words.Length;
    }

    public string Text { get; }

    public DeclaredNameSet Declared { get; }

    public TimeBudget Budget { get; }

    public Word[] Words { get; }

    public bool IsLowerCase { get; }

    public ReadOnlySpan<char> WordText(int index) => Words[index].In(Text);

    /// <summary>The word that starts exactly at <paramref name="position"/>, or -1.</summary>
    public int WordStartingAt(int position)
    {
        var index = Array.BinarySearch(Words, new Word(position, position, false, false, false), WordStartComparer.Instance);
        return index >= 0 ? index : -1;
    }

    /// <summary>The last word that ends at or before <paramref name="position"/>, or -1.</summary>
    public int WordEndingAtOrBefore(int position)
    {
        var index = Array.BinarySearch(Words, new Word(position, position, false, false, false), WordEndComparer.Instance);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>Whether only spaces (and at most one comma) lie between two words.</summary>
    public bool Adjacent(int first, int second)
    {
        if (first < 0 || second >= Words.Length)
        {
            return false;
        }

        var gap = Text.AsSpan(Words[first].End, Words[second].Start - Words[first].End);
        if (gap.StartsWith("'s") || gap.StartsWith("’s"))
        {
            return false;
        }

        return gap.Length is > 0 and <= 3 && !gap.ContainsAnyExcept(" ,");
    }

    private static bool IsFirstPersonPronoun(ReadOnlySpan<char> word) =>
        word is "I" || (word.Length > 2 && word[0] == 'I' && word[1] is '\'' or '’');

    /// <summary>The words of <paramref name="text"/>, possessive "'s" left out, as every recogniser sees them.</summary>
    public static Word[] SplitWords(string text)
    {
        var words = new List<Word>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var allCaps = true;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    allCaps &= !char.IsLower(c);
                    i++;
                }
                else if (c is '\'' or '’' or '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            var end = i;
            if (end - start >= 3 && text[end - 1] is 's' or 'S' && text[end - 2] is '\'' or '’')
            {
                end -= 2;
            }

            // Letters glued to digits are codes (ls6, 221B, B12), which the structured recognisers own.
            var touchesDigit = (start > 0 && char.IsDigit(text[start - 1])) || (i < text.Length && char.IsDigit(text[i]));
            if (!touchesDigit)
            {
                var capitalised = char.IsUpper(text[start]) || HasCapitalAfterParticle(text.AsSpan(start, end - start));
                words.Add(new Word(start, end, capitalised, allCaps && end - start > 1, StartsSentence(text, start, end)));
            }
        }

        return [.. words];
    }

    /// <summary>"al-Tamimi", "d'Souza", "bin-Salem": a lower-case particle joined to a capitalised name.</summary>
    private static bool HasCapitalAfterParticle(ReadOnlySpan<char> word)
    {
        var joint = word.IndexOfAny("-'’");
        return joint is > 0 and <= 3 && joint + 1 < word.Length && char.IsUpper(word[joint + 1]);
    }

    private static bool StartsSentence(string text, int start, int end)
    {
        var j = start - 1;
        while (j >= 0 && text[j] is ' ' or '\t' or '"' or '“' or '‘' or '\'' or '(' or '[')
        {
            j--;
        }

        if (j < 0)
        {
            return true;
        }

        // "F. Okonkwo", "J.R. Hartley": after an initial a name carries on, but an everyday word ("a B. Will
        // she...") still opens a sentence.
        return Array.IndexOf(SentenceEnds, text[j]) >= 0
            && (!IsInitialFullStop(text, j) || WordFacts.Of(text.AsSpan(start, end - start)) is { IsCommon: true } or { IsAmbiguousName: true } or { IsSafe: true });
    }

    /// <summary>
    /// Whether the full stop at <paramref name="dot"/> follows a lone capital letter, as an initial's does. "I" and
    /// "A" are left out, since "so did I." and "plan A." end sentences.
    /// </summary>
    private static bool IsInitialFullStop(string text, int dot) =>
        text[dot] == '.' && dot >= 1 && char.IsUpper(text[dot - 1]) && text[dot - 1] is not ('I' or 'A')
        && (dot == 1 || !char.IsLetterOrDigit(text[dot - 2]));

    private sealed class WordEndComparer : IComparer<Word>
    {
        public static WordEndComparer Instance { get; } = new();

        public int Compare(Word x, Word y) => x.End.CompareTo(y.End);
    }

    private sealed class WordStartComparer : IComparer<Word>
    {
        public static WordStartComparer Instance { get; } = new();

        public int Compare(Word x, Word y) => x.Start.CompareTo(y.Start);
    }
}
