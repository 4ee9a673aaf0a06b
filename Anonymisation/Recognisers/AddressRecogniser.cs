using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Lexicon;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>
/// Street addresses and street names: "14 Elm Road", "221B Baker Street", "Flat 3, 27 Cedar Avenue",
/// "Pond Street". A flat or house number on its own ("Flat 6") counts too. What follows a street (town, county,
/// state, code) is read by <see cref="AddressTail"/>.
/// </summary>
internal sealed partial class AddressRecogniser : IRecogniser
{
    private static readonly WordList Units = new("flat apartment apt unit room");

    private static readonly WordList StreetTypes = new("road street lane avenue close drive crescent gardens terrace grove mews rise boulevard parade walk way");

    private static readonly WordList NotStreetNames = new("high main back side same busy quiet local long wrong right dead cul-de-sac");

    private const string StreetType = @"(?:road|rd|street|st|lane|ln|avenue|ave|close|drive|dr|way|crescent|place|gardens|terrace|grove|court|square|hill|park\s+road|row|walk|mews|rise|view|boulevard|blvd|parade|green|gate|wharf|quay|estate)";

    public void Recognise(ScannedText text, List<Candidate> found)
    {
        foreach (var match in NumberedStreet().EnumerateMatches(text.Text))
        {
            AddStreet(text, match.Index, match.Index + match.Length, found);
        }

        // The patterns that start with a word scan slowly, so they run only when their first word is there.
        if (MentionsUnit(text))
        {
            foreach (var match in UnitThenStreet().EnumerateMatches(text.Text))
            {
                found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.Address, Priority.Address));
            }
        }

        if (HasCapitalisedStreetType(text))
        {
            foreach (var match in NamedStreet().EnumerateMatches(text.Text))
            {
                AddStreet(text, match.Index, match.Index + match.Length, found);
            }
        }

        if (text.IsLowerCase)
        {
            foreach (Match match in LowerCaseStreet().Matches(text.Text))
            {
                var name = match.Groups["name"].ValueSpan;
                if (!CommonWords.All.Contains(name) && !SafeProperWords.All.Contains(name) && !NotStreetNames.Contains(name))
                {
                    AddStreet(text, match.Index, match.Index + match.Length, found);
                }
            }
        }

        if (MentionsUnit(text))
        {
            foreach (var match in Unit().EnumerateMatches(text.Text))
            {
                found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.Address, Priority.Address));
            }
        }

        AddressTail.BeforeCodes(text, found);
        AddressTail.Counties(text, found);
    }

    private static void AddStreet(ScannedText text, int start, int end, List<Candidate> found)
    {
        found.Add(new Candidate(start, end, IdentifierType.Address, Priority.Address));
        AddressTail.AfterStreet(text, end, found);
    }

    private static bool MentionsUnit(ScannedText text)
    {
        for (var i = 0; i < text.Words.Length; i++)
        {
            if (Units.Contains(text.WordText(i)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCapitalisedStreetType(ScannedText text)
    {
        for (var i = 0; i < text.Words.Length; i++)
        {
            if (text.Words[i].IsCapitalised && StreetTypes.Contains(text.WordText(i)))
            {
                return true;
            }
        }

        return false;
    }

    // A house number then one to three words then a street type; in any case, since the number is evidence,
    // but not through ordinary words ("5 minutes down the road").
    [GeneratedRegex(
        @"\b\d{1,4}[a-z]?,?\s+(?:(?!(?:the|a|an|of|in|on|to|at|down|up|along|across|over|from|minutes?|mins?|miles?|metres?|yards?|times?|weeks?|days?|years?|hours?|people|and|or|my|her|his|their|our|your|its)\b)[\p{L}'’-]+\s+){1,3}" + StreetType + @"\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumberedStreet();

    // "Flat 3, 27 Cedar Avenue" as one span, so the comma between them is not left behind.
    [GeneratedRegex(@"\b(?:flat|apartment|apt|unit|room)\s+\d+[a-z]?,?\s+(?=\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnitThenStreet();

    // Without a number only capitalised names count ("Pond Street", not "the high street").
    [GeneratedRegex(
        @"\b(?:[A-Z][\p{L}'’-]+\s+){1,3}(?:Road|Street|Lane|Avenue|Close|Drive|Crescent|Gardens|Terrace|Grove|Mews|Rise|Boulevard|Parade|Walk|Way)\b",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamedStreet();

    // In text typed all in lower case a street has no capitals: "off cowley road", but not "the high street".
    [GeneratedRegex(@"\b(?<name>\p{Ll}[\p{Ll}'’-]{2,})\s+(?:road|street|lane|avenue|crescent|terrace|grove|mews|close|drive)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LowerCaseStreet();

    [GeneratedRegex(@"\b(?:flat|apartment|apt)\s+\d+[a-z]?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Unit();
}
