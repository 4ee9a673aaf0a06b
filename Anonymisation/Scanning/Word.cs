namespace SupervisionBot.Anonymisation.Scanning;

/// <summary>
/// A run of letters (with inner apostrophes and hyphens, as in O'Connor or Kübler-Ross). A possessive "'s"
/// is not part of the word, so "Sam's" redacts as "[CLIENT]'s".
/// </summary>
internal readonly record struct Word(int Start, int End, bool IsCapitalised, bool IsAllCaps, bool StartsSentence)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
}
