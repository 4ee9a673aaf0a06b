using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>NHS numbers: ten digits, written 3-3-4 or unbroken, with a valid modulus 11 check digit.</summary>
internal sealed partial class NhsNumberRecogniser : IRecogniser
{
    public void Recognise(ScannedText text, List<Candidate> found)
    {
        Span<char> digits = stackalloc char[10];
        foreach (var match in Nhs().EnumerateMatches(text.Text))
        {
            var count = Digits.Extract(text.Text.AsSpan(match.Index, match.Length), digits);
            if (count == 10 && Digits.PassesNhsModulus11(digits))
            {
                found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.NhsNumber, Priority.Validated + 2));
            }
        }
    }

    [GeneratedRegex(@"(?<![\d+(-])\d{3}([ -]?)\d{3}\1\d{4}(?![\d-])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Nhs();
}
