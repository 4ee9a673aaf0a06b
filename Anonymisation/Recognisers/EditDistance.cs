namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>One-typo matching: one letter added, dropped, changed, or two neighbours swapped.</summary>
internal static class EditDistance
{
    public static bool IsAtMostOne(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var lengthDifference = a.Length - b.Length;
        if (lengthDifference is > 1 or < -1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && SameLetter(a[i], b[i]))
        {
            i++;
        }

        if (i == a.Length && i == b.Length)
        {
            return true;
        }

        if (lengthDifference == 0)
        {
            // Substitution, or transposition of this letter and the next.
            return Same(a[(i + 1)..], b[(i + 1)..])
                || (i + 1 < a.Length && SameLetter(a[i], b[i + 1]) && SameLetter(a[i + 1], b[i]) && Same(a[(i + 2)..], b[(i + 2)..]));
        }

        return lengthDifference > 0 ? Same(a[(i + 1)..], b[i..]) : Same(a[i..], b[(i + 1)..]);
    }

    private static bool Same(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => a.Equals(b, StringComparison.OrdinalIgnoreCase);

    private static bool SameLetter(char a, char b) => char.ToUpperInvariant(a) == char.ToUpperInvariant(b);
}
