using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>
/// Ages of 90 and over, in digits or words ("aged 92", "94 years old", "turns ninety-three"). Safe Harbor
/// keeps younger ages; very old ages are rare enough to identify someone.
/// </summary>
internal sealed partial class AgeRecogniser : IRecogniser
{
    private const string Number = @"(?<n>9\d|1[01]\d|ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one)\s+hundred(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)";

    public void Recognise(ScannedText text, List<Candidate> found)
    {
        if (!MightHaveOldAge().IsMatch(text.Text))
        {
            return;
        }

        foreach (Match match in Age().Matches(text.Text))
        {
            var number = match.Groups["n"];
            found.Add(new Candidate(number.Index, number.Index + number.Length, IdentifierType.Age, Priority.Date));
        }
    }

    // A cheap first pass: the full pattern is slow to scan, and most reflections mention no old age at all.
    [GeneratedRegex(@"9\d|1[01]\d|ninety|hundred", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MightHaveOldAge();

    [GeneratedRegex(
        @"\b(?:(?:aged?|age\s+of|turns?|turned|turning|reached|is\s+now|was|is|she's|he's|now)\s+(?:just\s+|nearly\s+|almost\s+|over\s+)?" + Number + @"\b(?!\s*(?:%|percent|minutes?|mins?|people|times|pounds?|kg|seconds?|days?|sessions?))" +
        @"|\b" + Number + @"(?:\s+|-)(?:years?|yrs?)(?:[\s-]+old)?\b" +
        @"|\b" + Number + @"\s*(?:yo|y/o|y\.o\.)(?!\w)" +
        @"|\b" + Number + @"(?=(?:st|nd|rd|th)\s+birthday))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Age();
}
