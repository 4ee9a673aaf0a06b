using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>Email addresses.</summary>
internal sealed partial class EmailRecogniser : IRecogniser
{
    public void Recognise(ScannedText text, List<Candidate> found)
    {
        foreach (var match in Email().EnumerateMatches(text.Text))
        {
            found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.Email, Priority.Validated + 10));
        }
    }

    [GeneratedRegex(@"(?<![\w.+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Email();
}
