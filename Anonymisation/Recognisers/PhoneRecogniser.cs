using System.Text.RegularExpressions;
using PhoneNumbers;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>
/// Phone numbers: UK and US national formats and anything international (+ or 00), checked with
/// libphonenumber; shorter local numbers only when a word like "phone" or "mobile" comes just before.
/// </summary>
internal sealed partial class PhoneRecogniser : IRecogniser
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public void Recognise(ScannedText text, List<Candidate> found)
    {
        foreach (var match in Phone().EnumerateMatches(text.Text))
        {
            var candidate = text.Text.AsSpan(match.Index, match.Length).TrimEnd(" .-(");
            var digitCount = Digits.Count(candidate);
            if (digitCount is < 7 or > 15 || DateShape().IsMatch(candidate))
            {
                continue;
            }

            if (IsPhone(candidate, digitCount) || (digitCount >= 7 && HasPhoneCue(text.Text, match.Index)))
            {
                found.Add(new Candidate(match.Index, match.Index + candidate.Length, IdentifierType.Phone, Priority.Validated));
            }
        }
    }

    private static bool IsPhone(ReadOnlySpan<char> candidate, int digitCount)
    {
        var number = candidate.ToString();
        if (candidate[0] == '+' || candidate.StartsWith("00"))
        {
            return Util.IsPossibleNumber(number, "GB");
        }

        if (candidate[0] == '0' && digitCount is 10 or 11)
        {
            return Util.IsPossibleNumber(number, "GB");
        }

        return digitCount is 10 or 11 && Util.IsPossibleNumber(number, "US");
    }

    /// <summary>Whether a word like "phone", "mobile" or "ring" comes just before <paramref name="index"/>.</summary>
    internal static bool HasPhoneCue(string text, int index)
    {
        var from = Math.Max(0, index - 30);
        return PhoneCue().IsMatch(text.AsSpan(from, index - from));
    }

    [GeneratedRegex(@"(?<![\w+/.])(?:\+ ?|00)?\(?\d[\d ().\-\u00A0]{5,20}\d(?![\w/])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Phone();

    [GeneratedRegex(@"^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|(?:19|20)\d\d ?[-–] ?(?:19|20)\d\d)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DateShape();

    [GeneratedRegex(@"\b(?:phone|tel|telephone|mobile|mob|cell|landline|number|call|ring|text|whatsapp|contact|fax|on)\b\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PhoneCue();
}
