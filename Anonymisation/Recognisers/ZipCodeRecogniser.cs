using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Lexicon;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>US ZIP codes, only in context: after a state abbreviation ("MA 02169") or the word ZIP.</summary>
internal sealed partial class ZipCodeRecogniser : IRecogniser
{
    public void Recognise(ScannedText text, List<Candidate> found)
    {
        foreach (Match match in Zip().Matches(text.Text))
        {
            var zip = match.Groups["zip"];
            found.Add(new Candidate(zip.Index, zip.Index + zip.Length, IdentifierType.ZipCode, Priority.Validated));
        }
    }

    [GeneratedRegex(
        @"(?:\b(?:" + Regions.UsStateAbbreviations + "|" + Regions.UsStateNames + @"),?\s+|\b(?i:zip(?:\s?code)?|postal\s+code)\W{0,3})(?<zip>\d{5}(?:-\d{4})?)\b",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Zip();
}
