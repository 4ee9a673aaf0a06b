using System.Text;
using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Lexicon;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>
/// Phone numbers written as they are said: "oh seven seven hundred, nine hundred, one two three", "zero seven
/// seven double oh nine...", digits and words mixed. The words are read as digits; ten or more digits are a
/// phone number, seven to nine only after a word like "phone" or "number".
/// </summary>
internal sealed partial class SpokenPhoneRecogniser : IRecogniser
{
    private const int MaxGap = 3;

    private static readonly WordList NumberWords = new(
        "zero oh o nought nil one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety double triple treble hundred thousand");

    public void Recognise(ScannedText text, List<Candidate> found)
    {
        // The token pattern is only worth running where two number words stand together ("seven seven").
        if (!HasTwoNumberWordsTogether(text))
        {
            return;
        }

        var tokens = Token().Matches(text.Text);
        var first = 0;
        for (var k = 1; k <= tokens.Count; k++)
        {
            if (k < tokens.Count && IsSeparator(text.Text, tokens[k - 1], tokens[k]))
            {
                continue;
            }

            Consider(text, tokens, first, k - 1, found);
            first = k;
        }
    }

    private static void Consider(ScannedText text, MatchCollection tokens, int first, int last, List<Candidate> found)
    {
        // Fewer than four tokens cannot say seven digits in words ("oh seven seven hundred" is already four).
        if (last - first < 3)
        {
            return;
        }

        var digits = Read(tokens, first, last, out var words);
        var start = tokens[first].Index;
        if (words == 0 || digits is < 7 or > 15)
        {
            return;
        }

        if (digits >= 10 || PhoneRecogniser.HasPhoneCue(text.Text, start))
        {
            found.Add(new Candidate(start, tokens[last].Index + tokens[last].Length, IdentifierType.Phone, Priority.Validated));
        }
    }

    private static bool HasTwoNumberWordsTogether(ScannedText text)
    {
        for (var i = 1; i < text.Words.Length; i++)
        {
            if (NumberWords.Contains(text.WordText(i)) && NumberWords.Contains(text.WordText(i - 1)) && text.Words[i].Start - text.Words[i - 1].End <= MaxGap)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many digits tokens <paramref name="first"/> to <paramref name="last"/> say, and how many of them are words.</summary>
    private static int Read(MatchCollection tokens, int first, int last, out int words)
    {
        var digits = new StringBuilder();
        var repeat = 1;
        words = 0;
        for (var k = first; k <= last; k++)
        {
            var token = tokens[k].Value.ToUpperInvariant();
            if (char.IsDigit(token[0]))
            {
                digits.Append(token);
                continue;
            }

            words++;
            switch (token)
            {
                case "DOUBLE":
                    repeat = 2;
                    continue;
                case "TRIPLE" or "TREBLE":
                    repeat = 3;
                    continue;
                case "HUNDRED":
                    digits.Append("00");
                    break;
                case "THOUSAND":
                    digits.Append("000");
                    break;
                default:
                    var value = DigitsOf(token);
                    if (Tens(token) && k < last && DigitsOf(tokens[k + 1].Value.ToUpperInvariant()) is { Length: 1 } unit && unit != "0")
                    {
                        // "forty two" is 42, not 402.
                        value = value[..1] + unit;
                        k++;
                        words++;
                    }

                    for (var r = 0; r < repeat; r++)
                    {
                        digits.Append(value);
                    }

                    break;
            }

            repeat = 1;
        }

        return digits.Length;
    }

    private static bool Tens(string token) => token is "TWENTY" or "THIRTY" or "FORTY" or "FIFTY" or "SIXTY" or "SEVENTY" or "EIGHTY" or "NINETY";

    private static string DigitsOf(string token) => token switch
    {
        "ZERO" or "OH" or "O" or "NOUGHT" or "NIL" => "0",
        "ONE" => "1",
        "TWO" => "2",
        "THREE" => "3",
        "FOUR" => "4",
        "FIVE" => "5",
        "SIX" => "6",
        "SEVEN" => "7",
        "EIGHT" => "8",
        "NINE" => "9",
        "TEN" => "10",
        "ELEVEN" => "11",
        "TWELVE" => "12",
        "THIRTEEN" => "13",
        "FOURTEEN" => "14",
        "FIFTEEN" => "15",
        "SIXTEEN" => "16",
        "SEVENTEEN" => "17",
        "EIGHTEEN" => "18",
        "NINETEEN" => "19",
        "TWENTY" => "20",
        "THIRTY" => "30",
        "FORTY" => "40",
        "FIFTY" => "50",
        "SIXTY" => "60",
        "SEVENTY" => "70",
        "EIGHTY" => "80",
        "NINETY" => "90",
        _ => "",
    };

    /// <summary>Spaces, commas, hyphens and dashes (at most three characters) keep a spoken number going.</summary>
    private static bool IsSeparator(string text, Match previous, Match next)
    {
        var start = previous.Index + previous.Length;
        var gap = text.AsSpan(start, next.Index - start);
        return gap.Length is > 0 and <= MaxGap && !gap.ContainsAnyExcept(" ,-–");
    }

    [GeneratedRegex(
        @"(?<![\p{L}\d])(?:zero|oh|o|nought|nil|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|double|triple|treble|hundred|thousand|\d+)(?![\p{L}\d])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Token();
}
