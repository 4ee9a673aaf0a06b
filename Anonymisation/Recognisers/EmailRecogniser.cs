using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>Email addresses.</summary>
internal sealed partial class EmailRecogniser : IRecogniser
{
    public void Recognise(ScannedText text, List<Candidate> found)
    {
        // Without an "@" there is nothing to find; checking first skips the regex on most texts.
        if (!text.Text.Contains('@', StringComparison.Ordinal))
        {
            return;
        }

        foreach (var match in Email().EnumerateMatches(text.Text))
        {
            found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.Email, Priority.Validated + 10));
        }
    }

    [GeneratedRegex(@"(?<![\w.+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Email();
}
