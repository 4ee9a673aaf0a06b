using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>Payment card numbers: 13 to 19 digits, spaced or not, passing the Luhn check.</summary>
internal sealed partial class PaymentCardRecogniser : IRecogniser
{
    public void Recognise(ScannedText text, List<Candidate> found)
    {
        Span<char> digits = stackalloc char[24];
        foreach (var match in Card().EnumerateMatches(text.Text))
        {
            var count = Digits.Extract(text.Text.AsSpan(match.Index, match.Length), digits);
            if (count is >= 13 and <= 19 && Digits.PassesLuhn(digits[..count]))
            {
                found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.PaymentCard, Priority.Validated + 3));
            }
        }
    }

    [GeneratedRegex(@"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Card();
}
