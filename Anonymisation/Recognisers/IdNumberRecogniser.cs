using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>
/// Any other record, case or account number: a code after a label ("MRN 4839201", "ref AB-123456"), a
/// letters-then-digits code ("EUS-4471902", "FD24P00512"), or any run of six digits or more that nothing more
/// specific claimed. Failing closed on long numbers costs little: in a reflection they are nearly always
/// somebody's reference.
/// </summary>
internal sealed partial class IdNumberRecogniser : IRecogniser
{
    public void Recognise(ScannedText text, List<Candidate> found)
    {
        FindCodes(text.Text, found);

        foreach (var match in LongNumber().EnumerateMatches(text.Text))
        {
            var candidate = text.Text.AsSpan(match.Index, match.Length);
            if (Digits.Count(candidate) >= 6 && !YearRange().IsMatch(candidate))
            {
                found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.IdNumber, Priority.Reference - 5));
            }
        }
    }

    /// <summary>
    /// Walks from digit to digit (cheap) and judges the token around each: its shape, and the label before it.
    /// </summary>
    private static void FindCodes(string text, List<Candidate> found)
    {
        var position = 0;
        while (position < text.Length)
        {
            var offset = text.AsSpan(position).IndexOfAnyInRange('0', '9');
            if (offset < 0)
            {
                return;
            }

            var start = position + offset;
            while (start > 0 && IsCodeChar(text[start - 1]))
            {
                start--;
            }

            while (start < text.Length && text[start] is '-' or '/')
            {
                start++;
            }

            var end = start;
            while (end < text.Length && IsCodeChar(text[end]))
            {
                end++;
            }

            var tokenEnd = end;
            while (tokenEnd > start && text[tokenEnd - 1] is '-' or '/')
            {
                tokenEnd--;
            }

            var token = text.AsSpan(start, tokenEnd - start);
            if (CodeShape().IsMatch(token) || (MixedShape().IsMatch(token) && Digits.Count(token) >= 4))
            {
                found.Add(new Candidate(start, tokenEnd, IdentifierType.IdNumber, Priority.Reference));
            }

            // "hospital number is RX1 4839201": after a label, further digit groups belong to the number.
            var labelledEnd = tokenEnd;
            while (labelledEnd + 1 < text.Length && text[labelledEnd] == ' ' && char.IsAsciiDigit(text[labelledEnd + 1]))
            {
                labelledEnd++;
                while (labelledEnd < text.Length && IsCodeChar(text[labelledEnd]))
                {
                    labelledEnd++;
                }
            }

            var from = Math.Max(0, start - 40);
            if (tokenEnd - start >= 3 && Label().IsMatch(text.AsSpan(from, start - from)))
            {
                found.Add(new Candidate(start, labelledEnd, IdentifierType.IdNumber, Priority.Reference));
            }

            position = Math.Max(end, labelledEnd) + 1;
        }
    }

    private static bool IsCodeChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '/';

    [GeneratedRegex(
        @"\b(?:mrn|hospital\s+(?:no|number)|nhs\s+(?:no|number)|case\s+(?:ref|reference|no|number|id)|ref(?:erence)?|patient\s+(?:id|no|number)|client\s+(?:id|no|number)|account\s+(?:no|number|ref)|acct|policy\s+(?:no|number)|passport(?:\s+(?:no|number))?|licen[cs]e\s+(?:no|number)|driving\s+licen[cs]e|student\s+(?:id|no|number)|employee\s+(?:id|no|number)|staff\s+(?:id|no|number)|claim\s+(?:no|number|ref)|member(?:ship)?\s+(?:no|number)|id)\b\.?(?:\s+(?:is|was|number|no\.?))?\s*[:#]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Label();

    [GeneratedRegex(@"^[A-Z]{1,5}[-/]?\d{4,}(?:[-/]?[A-Z0-9]{1,4})?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CodeShape();

    // Court and case numbers that interleave letters and digits ("FD24P00512").
    [GeneratedRegex(@"^(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MixedShape();

    [GeneratedRegex(@"(?<![\d.,])\d{2,}(?:[ -]\d{2,})*(?![\d.,]\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"^(?:19|20)\d\d ?[-–] ?(?:19|20)?\d\d$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YearRange();
}
