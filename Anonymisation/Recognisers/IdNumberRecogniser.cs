using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>
/// Any other record, case or account number: a code after a label ("MRN 4839201", "ref AB-123456"), a
/// letters-then-digits code, or any run of six digits or more that nothing more specific claimed. Failing
/// closed on long numbers costs little: in a reflection they are nearly always somebody's reference.
/// </summary>
internal sealed partial class IdNumberRecogniser : IRecogniser
{
    public void Recognise(ScannedText text, List<Candidate> found)
    {
        foreach (Match match in Labelled().Matches(text.Text))
        {
            var id = match.Groups["id"];
            if (id.ValueSpan.IndexOfAnyInRange('0', '9') >= 0)
            {
                found.Add(new Candidate(id.Index, id.Index + id.Length, IdentifierType.IdNumber, Priority.Reference));
            }
        }

        foreach (var match in Code().EnumerateMatches(text.Text))
        {
            found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.IdNumber, Priority.Reference));
        }

        foreach (var match in MixedCode().EnumerateMatches(text.Text))
        {
            if (Digits.Count(text.Text.AsSpan(match.Index, match.Length)) >= 4)
            {
                found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.IdNumber, Priority.Reference));
            }
        }

        foreach (var match in LongNumber().EnumerateMatches(text.Text))
        {
            var candidate = text.Text.AsSpan(match.Index, match.Length);
            if (Digits.Count(candidate) >= 6 && !YearRange().IsMatch(candidate))
            {
                found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.IdNumber, Priority.Reference - 5));
            }
        }
    }

    [GeneratedRegex(
        @"\b(?:mrn|hospital\s+(?:no|number)|nhs\s+(?:no|number)|case\s+(?:ref|reference|no|number|id)|ref(?:erence)?|patient\s+(?:id|no|number)|client\s+(?:id|no|number)|account\s+(?:no|number|ref)|acct|policy\s+(?:no|number)|passport(?:\s+(?:no|number))?|licen[cs]e\s+(?:no|number)|driving\s+licen[cs]e|student\s+(?:id|no|number)|employee\s+(?:id|no|number)|staff\s+(?:id|no|number)|claim\s+(?:no|number|ref)|member(?:ship)?\s+(?:no|number)|id)\b\.?(?:\s+(?:is|was|number|no\.?))?\s*[:#]?\s*(?<id>[A-Za-z0-9][A-Za-z0-9/-]{1,}[A-Za-z0-9](?: \d[A-Za-z0-9/-]*)*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"\b[A-Z]{1,5}[-/]?\d{4,}(?:[-/]?[A-Z0-9]{1,4})?\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Code();

    // Court and case numbers that interleave letters and digits ("FD24P00512").
    [GeneratedRegex(@"\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MixedCode();

    [GeneratedRegex(@"(?<![\d.,])\d{2,}(?:[ -]\d{2,})*(?![\d.,]\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"^(?:19|20)\d\d ?[-–] ?(?:19|20)?\d\d$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YearRange();
}
