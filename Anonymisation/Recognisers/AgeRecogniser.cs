using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>
/// Ages of 90 and over, in digits or words ("aged 92", "94 years old", "turns ninety-three"). Safe Harbor
/// keeps younger ages; very old ages are rare enough to identify someone.
/// </summary>
internal sealed partial class AgeRecogniser : IRecogniser
{
    private const string Unit = @"(?:one|two|three|four|five|six|seven|eight|nine|ten)";

    public void Recognise(ScannedText text, List<Candidate> found)
    {
        // Find the number first (cheap to scan for) and only then look at the words around it.
        foreach (var match in OldNumber().EnumerateMatches(text.Text))
        {
            var start = match.Index;
            var end = match.Index + match.Length;
            var before = text.Text.AsSpan(Math.Max(0, start - 24), start - Math.Max(0, start - 24));
            var after = text.Text.AsSpan(end, Math.Min(24, text.Text.Length - end));
            if (AgeAfter().IsMatch(after) || (AgeBefore().IsMatch(before) && !NotAnAge().IsMatch(after)))
            {
                found.Add(new Candidate(start, end, IdentifierType.Age, Priority.Date));
            }
        }
    }

    [GeneratedRegex(
        @"(?<![\d.,:/£$€])(?:9\d|1[01]\d)(?![\d.,:/]?\d)|\b(?:ninety(?:[- ]" + Unit + @")?|(?:a|one)\s+hundred(?:\s+and\s+" + Unit + @")?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex OldNumber();

    [GeneratedRegex(
        @"\b(?:aged?|age\s+of|turns?|turned|turning|reached|is\s+now|was|is|she's|he's|now)\s+(?:just\s+|nearly\s+|almost\s+|over\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex AgeBefore();

    [GeneratedRegex(
        @"^(?:(?:\s+|-)(?:years?|yrs?)(?:[\s-]+old)?\b|\s*(?:yo|y/o|y\.o\.)(?!\w)|(?:st|nd|rd|th)\s+birthday)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex AgeAfter();

    [GeneratedRegex(
        @"^\s*(?:%|percent|minutes?|mins?|people|times|pounds?|kg|seconds?|days?|sessions?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotAnAge();
}
