using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>
/// UK National Insurance numbers: two prefix letters (D, F, I, Q, U, V never used; O never second; BG, GB, KN,
/// NK, NT, TN, ZZ never allocated), six digits, optional suffix A–D, with or without spaces.
/// </summary>
internal sealed partial class NiNumberRecogniser : IRecogniser
{
    public void Recognise(ScannedText text, List<Candidate> found)
    {
        // Every NI number has three pairs of digits; scanning for those is far cheaper than for the letters.
        if (!SixDigits().IsMatch(text.Text))
        {
            return;
        }

        foreach (var match in Ni().EnumerateMatches(text.Text))
        {
            var prefix = text.Text.AsSpan(match.Index, 2);
            if (!IsUnallocatedPrefix(prefix))
            {
                found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.NiNumber, Priority.Validated + 1));
            }
        }

        // After "NI number" anything shaped like one goes, valid prefix or not: a mistyped number is still one.
        foreach (Match match in Labelled().Matches(text.Text))
        {
            var number = match.Groups["n"];
            found.Add(new Candidate(number.Index, number.Index + number.Length, IdentifierType.NiNumber, Priority.Validated + 1));
        }
    }

    private static bool IsUnallocatedPrefix(ReadOnlySpan<char> prefix) =>
        prefix.Equals("BG", StringComparison.OrdinalIgnoreCase) || prefix.Equals("GB", StringComparison.OrdinalIgnoreCase)
        || prefix.Equals("KN", StringComparison.OrdinalIgnoreCase) || prefix.Equals("NK", StringComparison.OrdinalIgnoreCase)
        || prefix.Equals("NT", StringComparison.OrdinalIgnoreCase) || prefix.Equals("TN", StringComparison.OrdinalIgnoreCase)
        || prefix.Equals("ZZ", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\d\d ?\d\d ?\d\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SixDigits();

    // Upper case with optional spaces, or lower case written solid ("ab123456c"): spaced lower case would
    // also match ordinary words followed by numbers ("at 12 34 56").
    [GeneratedRegex(
        @"\b(?:[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2}(?: ?[A-D])?|[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z]\d{6}[a-d]?)\b",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Ni();

    [GeneratedRegex(
        @"\b(?:NI|N\.I\.|NINO|(?i:national\s+insurance))(?:\s+(?i:number|no\.?))?\W{0,4}(?:(?i:is)\s+)?(?<n>[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2}(?: ?[A-Da-d])?)\b",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Labelled();
}
