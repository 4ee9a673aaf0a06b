using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>Full UK postcodes ("NR2 4TJ", "SW1A 1AA", "ls6 2ab").</summary>
internal sealed partial class PostcodeRecogniser : IRecogniser
{
    public void Recognise(ScannedText text, List<Candidate> found)
    {
        // The inward code (digit and two letters, after a digit or letter) is cheap to look for first.
        if (!InwardCode().IsMatch(text.Text))
        {
            return;
        }

        foreach (var match in Postcode().EnumerateMatches(text.Text))
        {
            found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.Postcode, Priority.Validated));
        }
    }

    [GeneratedRegex(@"\d[A-Za-z]? ?\d[A-Za-z]{2}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InwardCode();

    // Upper case with or without the space; lower case only with it, since "b12abc"-like tokens are codes.
    [GeneratedRegex(
        @"\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPSTUW\d]? ?\d[ABD-HJLNP-UW-Z]{2}|[a-pr-uwyz][a-hk-y]?\d[a-hjkpstuw\d]? \d[abd-hjlnp-uw-z]{2})\b",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Postcode();
}
