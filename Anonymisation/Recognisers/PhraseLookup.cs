using SupervisionBot.Anonymisation.Lexicon;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>Looks up the longest run of up to three adjacent words in a list of phrases ("Milton Keynes").</summary>
internal static class PhraseLookup
{
    /// <summary>The index of the last word of the longest phrase starting at word <paramref name="i"/>, or -1.</summary>
    public static int LongestMatch(ScannedText text, int i, WordList phrases)
    {
        Span<char> buffer = stackalloc char[96];
        if (!phrases.StartsPhrase(text.WordText(i)))
        {
            return phrases.Contains(text.WordText(i)) ? i : -1;
        }

        for (var length = 3; length >= 1; length--)
        {
            var last = i + length - 1;
            if (last >= text.Words.Length)
            {
                continue;
            }

            var written = 0;
            var fits = true;
            for (var k = i; k <= last && fits; k++)
            {
                if (k > i)
                {
                    // "King's Cross" is looked up as "kings cross": the word scanner left the "'s" out.
                    var possessive = IsPossessiveGap(text, k - 1, k);
                    fits = (possessive || GapIsSpace(text, k - 1, k)) && written + 2 < buffer.Length;
                    if (fits && possessive)
                    {
                        buffer[written++] = 's';
                    }

                    if (fits)
                    {
                        buffer[written++] = ' ';
                    }
                }

                var word = text.WordText(k);
                fits = fits && written + word.Length <= buffer.Length;
                if (fits)
                {
                    word.CopyTo(buffer[written..]);
                    written += word.Length;
                }
            }

            if (fits && phrases.Contains(buffer[..written]))
            {
                return last;
            }
        }

        return -1;
    }

    private static bool IsPossessiveGap(ScannedText text, int a, int b) =>
        text.Text.AsSpan(text.Words[a].End, text.Words[b].Start - text.Words[a].End) is "'s " or "’s ";

    private static bool GapIsSpace(ScannedText text, int a, int b) =>
        text.Text.AsSpan(text.Words[a].End, text.Words[b].Start - text.Words[a].End) is " " or " and " or " & ";
}
