using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Lexicon;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>
/// Specific dates: numeric (12/03/2024, 2024-03-12), day and month in either order (12 March, March 12th,
/// the 3rd of May, Tuesday 4 June) and month with year (March 2024). A bare year, a bare month and relative
/// expressions ("last Tuesday", "two weeks ago") are not identifying and stay.
/// </summary>
internal sealed partial class DateRecogniser : IRecogniser
{
    private const string Month = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
    private const string Weekday = @"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+)";
    private const string Day = @"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?";
    private const string OrdinalWord = @"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first)";
    private const string Year = @"(?:,?\s+(?:19|20)\d\d)";

    private static readonly WordList MonthAndDayNames = new(
        """
        january february march april may june july august september october november december jan feb mar apr jun
        jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu
        thur thurs fri sat sun
        """);

    public void Recognise(ScannedText text, List<Candidate> found)
    {
        foreach (var match in NumericDate().EnumerateMatches(text.Text))
        {
            found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.Date, Priority.Date));
        }

        foreach (var match in DayOfMonth().EnumerateMatches(text.Text))
        {
            found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.Date, Priority.Date));
        }

        if (text.Text.Contains(" Day ", StringComparison.Ordinal))
        {
            foreach (var match in HolidayWithYear().EnumerateMatches(text.Text))
            {
                found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.Date, Priority.Date));
            }
        }

        // The named-date pattern is slow to scan a whole text with, so it runs only in a window around each
        // month or weekday name: up to four words before it ("Tuesday the 4th of") and a little after.
        var words = text.Words;
        for (var i = 0; i < words.Length; i++)
        {
            if (!MonthAndDayNames.Contains(text.WordText(i)))
            {
                continue;
            }

            var start = i >= 4 ? words[i - 4].Start : 0;
            var end = Math.Min(text.Text.Length, words[i].End + 24);
            while (end < text.Text.Length && char.IsLetterOrDigit(text.Text[end]))
            {
                end++;
            }

            foreach (var match in NamedDate().EnumerateMatches(text.Text.AsSpan(start, end - start)))
            {
                if (!IsModalMay(text.Text.AsSpan(start + match.Index, match.Length)))
                {
                    found.Add(new Candidate(start + match.Index, start + match.Index + match.Length, IdentifierType.Date, Priority.Date));
                }
            }
        }
    }

    /// <summary>"she may 2 or 3 times": lower-case "may" with a bare number is the verb, not the month.</summary>
    private static bool IsModalMay(ReadOnlySpan<char> date) =>
        date.StartsWith("may ", StringComparison.Ordinal) && !ModalMayIsMonth().IsMatch(date);

    [GeneratedRegex(@"\d(?:st|nd|rd|th)|(?:19|20)\d\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ModalMayIsMonth();

    [GeneratedRegex(
        @"\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![/.-]?\d)|(?:19|20)\d\d[/.-]\d{1,2}[/.-]\d{1,2}\b)",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumericDate();

    // "died on the 14th": a day of the month without the month is still a date element.
    [GeneratedRegex(@"(?<=\b(?:on|the|by|until|since)\s)(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:time|session|week|floor|birthday|anniversary|century|place|attempt|day|year|of\s+(?:the|my|her|his|them|us)))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DayOfMonth();

    // "Christmas Day 1927": a fixed holiday with its year is a full date.
    [GeneratedRegex(@"\b(?:Christmas|Boxing|New\s+Year's|Valentine's|St\s+Patrick's|Armistice|Remembrance|Bonfire)\s+(?:Day|Eve|Night)\s+(?:19|20)\d\d\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HolidayWithYear();

    [GeneratedRegex(
        @"\b(?:" +
        Weekday + @"?(?:the\s+)?(?:" + Day + "|" + OrdinalWord + @")(?:\s+|-)(?:of\s+)?" + Month + @"(?:" + Year + @"|-(?:19|20)?\d\d)?\b" +
        @"|" + Weekday + @"?" + Month + @"\s+(?:the\s+)?" + Day + @"(?!\d|:|\s*(?:am|pm|years?|minutes?|hours?|people|times)\b)" + Year + @"?\b" +
        @"|" + Month + @"\s+(?:19|20)\d\d\b" +
        @"|" + Weekday + @"(?:the\s+)?" + Day + @"(?<=\d(?:st|nd|rd|th))\b" +
        @")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamedDate();
}
