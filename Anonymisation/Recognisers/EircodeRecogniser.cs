using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Lexicon;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>
/// Irish Eircodes ("D02 AF30", "F26X2Y7", "v92 xr4t"): a routing key (a letter and two digits, or D6W) and a
/// four-character unique identifier drawn from the letters Eircode uses. Tagged as a postcode, which it is.
/// </summary>
internal sealed partial class EircodeRecogniser : IRecogniser
{
    public void Recognise(ScannedText text, List<Candidate> found)
    {
        if (!text.Text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return;
        }

        foreach (Match match in Eircode().Matches(text.Text))
        {
            // In lower case, or written as a word, the identifier must not be an everyday word ("r95 deaf").
            var identifier = match.Groups["id"].ValueSpan;
            if (CommonWords.All.Contains(identifier) || SafeProperWords.All.Contains(identifier))
            {
                continue;
            }

            found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.Postcode, Priority.Validated));
        }
    }

    // Upper case with or without the space; lower case only with it, as for UK postcodes.
    [GeneratedRegex(
        @"\b(?:(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?(?<id>[\dAC-FHKNPRTV-Y]{4})|(?:[ac-fhknprtv-y]\d{2}|d6w) (?<id>[\dac-fhknprtv-y]{4}))\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Eircode();
}
