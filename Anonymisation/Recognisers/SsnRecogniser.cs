using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>
/// US Social Security numbers: 3-2-4 digits with valid area (not 000, 666 or 9xx), group and serial; an
/// unbroken nine digits only when "SSN" or "social security" comes before it.
/// </summary>
internal sealed partial class SsnRecogniser : IRecogniser
{
    public void Recognise(ScannedText text, List<Candidate> found)
    {
        foreach (var match in Formatted().EnumerateMatches(text.Text))
        {
            found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.Ssn, Priority.Validated + 1));
        }

        foreach (Match match in Labelled().Matches(text.Text))
        {
            var number = match.Groups["n"];
            found.Add(new Candidate(number.Index, number.Index + number.Length, IdentifierType.Ssn, Priority.Validated + 1));
        }
    }

    [GeneratedRegex(@"(?<![\d-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\d-])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Formatted();

    [GeneratedRegex(@"\b(?:ssn|social\s+security(?:\s+(?:number|no))?)\b\W{0,5}(?:is\s+)?(?<n>\d{9})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Labelled();
}
