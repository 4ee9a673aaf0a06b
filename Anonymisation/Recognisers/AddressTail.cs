using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Lexicon;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>
/// What follows a street in an address: "14 Elm Road, Thornbury, Bristol BS35 2AA", "1200 Elm St, Austin, TX
/// 78701", "12 Smith Street, Fitzroy VIC 3065", "3 Main Street, Ballina, Co. Mayo F26 X2Y7". Towns and counties
/// become places (not people, whatever their capital letters suggest), codes become ZIP codes or postcodes, and
/// the state, which is larger than the areas Safe Harbor removes, is kept.
/// </summary>
internal static partial class AddressTail
{
    private const int MaxParts = 6;

    private static readonly WordList AddressWords = new("address postcode post code eircode zip zipcode");

    /// <summary>Tags the towns, counties and codes that follow a street ending at <paramref name="end"/>.</summary>
    public static void AfterStreet(ScannedText text, int end, List<Candidate> found)
    {
        var position = end;
        for (var part = 0; part < MaxParts; part++)
        {
            var match = Part().Match(text.Text, position);
            if (!match.Success)
            {
                return;
            }

            var comma = match.Groups["sep"].ValueSpan.Contains(',');
            if (match.Groups["county"].Success)
            {
                AddPlace(match.Groups["county"], found);
            }
            else if (match.Groups["state"].Success)
            {
                // Kept: a state is not identifying. It is only a signpost.
            }
            else if (match.Groups["code"].Success)
            {
                AddCode(match.Groups["code"], found);
            }
            else if (comma && IsTown(match.Groups["town"].ValueSpan))
            {
                AddPlace(match.Groups["town"], found);
            }
            else
            {
                return;
            }

            position = match.Index + match.Length;
        }
    }

    /// <summary>
    /// Tags the town before a postcode, Eircode, or state and code, even without a street:
    /// "Thornbury BS35 2AA", "Quincy, MA 02169", "Fitzroy VIC 3065".
    /// </summary>
    public static void BeforeCodes(ScannedText text, List<Candidate> found)
    {
        foreach (Match match in StateAfterTown().Matches(text.Text))
        {
            // "Austin, TX", "Springfield, Illinois", but not "Tom, Georgia and Sam", where the state is a given name.
            if (!FirstNames.All.Contains(match.Groups["state"].ValueSpan) && !AmbiguousNames.All.Contains(match.Groups["state"].ValueSpan))
            {
                AddTownBefore(text, match.Index, found);
            }
        }

        // Every other pattern here ends in a code, so text without digits has none of them.
        if (!text.Text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return;
        }

        foreach (Match match in StateAndCode().Matches(text.Text))
        {
            var code = match.Groups["code"];

            // Four digits are an Australian postcode only after an Australian state and a town: "in NSW 2019" is a year.
            var australian = code.Length == 4;
            if (australian && !match.Groups["au"].Success)
            {
                continue;
            }

            if (AddTownBefore(text, match.Index, found) || !australian)
            {
                AddCode(code, found);
            }
        }

        foreach (Match match in (text.IsLowerCase ? LowerCaseCode() : Code()).Matches(text.Text))
        {
            if (!CommonWords.All.Contains(match.Groups["eirid"].ValueSpan))
            {
                AddTownBefore(text, match.Index, found);
            }
        }
    }

    /// <summary>"Co. Mayo", "County Kerry": the word after the cue is a county, whatever else it could be.</summary>
    public static void Counties(ScannedText text, List<Candidate> found)
    {
        if (!text.Text.Contains("Co.", StringComparison.Ordinal) && !text.Text.Contains("Co ", StringComparison.Ordinal)
            && !text.Text.Contains("County ", StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match match in County().Matches(text.Text))
        {
            if (IsTown(match.Groups["name"].ValueSpan))
            {
                found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.Place, Priority.PlaceInAddress));
            }
        }
    }

    /// <summary>The capitalised words (one to three) just before <paramref name="position"/>, if they can be a town.</summary>
    private static bool AddTownBefore(ScannedText text, int position, List<Candidate> found)
    {
        var last = text.WordEndingAtOrBefore(position);
        if (last < 0 || text.Text.AsSpan(text.Words[last].End, position - text.Words[last].End) is not ("" or " " or ", " or ","))
        {
            return false;
        }

        // Typed all in lower case, a town has no capital: one word that is not an everyday one ("tralee v92 xr4t").
        if (text.IsLowerCase)
        {
            var town = text.Words[last];
            if (town.IsCapitalised || town.Length < 3 || IsOrdinaryWord(town.In(text.Text)))
            {
                return false;
            }

            found.Add(new Candidate(town.Start, town.End, IdentifierType.Place, Priority.PlaceInAddress));
            return true;
        }

        if (!text.Words[last].IsCapitalised || text.Words[last].IsAllCaps)
        {
            return false;
        }

        var first = last;
        while (first > last - 2 && first > 0 && text.Words[first - 1].IsCapitalised && !text.Words[first - 1].IsAllCaps
            && text.Text.AsSpan(text.Words[first - 1].End, text.Words[first].Start - text.Words[first - 1].End) is " ")
        {
            first--;
        }

        // "Then Box Hill VIC 3128": a sentence's first word, a day or a title is not part of the town.
        while (first < last && (IsSafeOrTitle(text.WordText(first)) || (text.Words[first].StartsSentence && IsOrdinaryWord(text.WordText(first)))))
        {
            first++;
        }

        if (!IsTown(text.Text.AsSpan(text.Words[first].Start, text.Words[last].End - text.Words[first].Start)))
        {
            return false;
        }

        found.Add(new Candidate(text.Words[first].Start, text.Words[last].End, IdentifierType.Place, Priority.PlaceInAddress));
        return true;
    }

    /// <summary>
    /// Whether capitalised words can be a town: not a day, country or title, and not only everyday words, unless
    /// the gazetteer knows it ("Box Hill" and "Kangaroo Point" are towns; "But", "Monday" and "Deal" alone are not).
    /// </summary>
    private static bool IsTown(ReadOnlySpan<char> words)
    {
        var ordinary = true;
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (IsSafeOrTitle(word))
            {
                return false;
            }

            ordinary &= IsOrdinaryWord(word);
        }

        return !ordinary;
    }

    private static bool IsSafeOrTitle(ReadOnlySpan<char> word) => SafeProperWords.All.Contains(word) || SafeProperWords.Titles.Contains(word);

    /// <summary>Everyday words, countries, days, organisation words and the labels of an address do not name a town.</summary>
    private static bool IsOrdinaryWord(ReadOnlySpan<char> word) =>
        CommonWords.All.Contains(word) || SafeProperWords.All.Contains(word) || SafeProperWords.Titles.Contains(word)
        || Organisations.Suffixes.Contains(word) || AddressWords.Contains(word);

    private static void AddPlace(Group group, List<Candidate> found) =>
        found.Add(new Candidate(group.Index, group.Index + group.Length, IdentifierType.Place, Priority.PlaceInAddress));

    private static void AddCode(Group group, List<Candidate> found)
    {
        var type = group.Length == 5 || (group.Length == 10 && group.ValueSpan[5] == '-') ? IdentifierType.ZipCode : IdentifierType.Postcode;
        found.Add(new Candidate(group.Index, group.Index + group.Length, type, Priority.Validated));
    }

    private const string Town = @"\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){0,2}";

    private const string UkPostcode = @"[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPSTUW\d]? ?\d[ABD-HJLNP-UW-Z]{2}";

    private const string Eircode = @"(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?(?<eirid>[\dAC-FHKNPRTV-Y]{4})";

    // One part of an address after the street: a county, a state, a code, or a town (only after a comma).
    [GeneratedRegex(
        @"\G(?<sep>,? +|, *)(?:(?<county>(?:Co\.?|County) \p{Lu}\p{Ll}+)|(?<state>(?:" + Regions.UsStateNames + "|" + Regions.AustralianStates + "|" + Regions.UsStateAbbreviations + @")(?=[ ,]|$))|(?<code>" + UkPostcode + "|" + Eircode + @"|\d{5}(?:-\d{4})?|\d{4})\b|(?<town>" + Town + "))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Part();

    [GeneratedRegex(
        @"\b(?:(?<au>" + Regions.AustralianStates + ")|" + Regions.UsStateNames + "|" + Regions.UsStateAbbreviations + @"),? +(?<code>\d{5}(?:-\d{4})?|\d{4})\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex StateAndCode();

    // Abbreviations that are also words or acronyms people type in capitals ("OK", "ME", "MS", "ACT", "PA") are
    // left out: without a code after them they are not evidence enough.
    [GeneratedRegex(
        @", (?<state>" + Regions.UsStateNames + @"|New South Wales|Queensland|Tasmania|Western Australia|South Australia|NSW|VIC|QLD|TAS|A[LKZR]|C[AT]|DE|DC|FL|GA|I[LA]|KS|KY|M[DAINT]|N[EVHJMYCD]|RI|S[CD]|TN|TX|UT|VT|W[AVIY])\b(?! \d)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex StateAfterTown();

    [GeneratedRegex(@"\b(?:" + UkPostcode + "|" + Eircode + @")\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Code();

    [GeneratedRegex(@"\b(?:" + UkPostcode + "|" + Eircode + @")\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LowerCaseCode();

    [GeneratedRegex(@"\b(?:Co\.?|County) (?<name>\p{Lu}\p{Ll}+)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex County();
}
