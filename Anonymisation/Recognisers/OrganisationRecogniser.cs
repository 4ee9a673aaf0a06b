using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Lexicon;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>
/// Employers, schools, hospitals, GP practices and other organisations: names ending in a kind of
/// organisation ("Oakwood Primary School", "St Mary's Hospital", "University of Leeds"), well-known
/// employers (Tesco), and whatever follows "works at".
/// </summary>
internal sealed partial class OrganisationRecogniser : IRecogniser
{
    private static readonly WordList GenericWords = new(
        """
        the a an her his my our their your this that local new old st saint primary secondary high junior infant
        grammar medical health general royal community catholic church methodist baptist national city county
        district central university college care dental mental children's women's at of and for in to with main
        big same nearest nearby private psychiatric maternity eye day teaching cottage secure mental_health
        specialist state independent faith village town busy previous current last next first other different
        """);

    private static readonly WordList WorkWords = new(
        "work works working worked job employed employer placement volunteer volunteers volunteering studies studying student pupil");

    private static readonly WordList LeadingWords = new(
        "the a an her his my our their your its this that these those at in to from with of and or but for by on as when then so");

    private static readonly WordList AmbiguousEmployers = new("mind shelter apple boots virgin sky meta next iceland costa uber bt ee");

    public void Recognise(ScannedText text, List<Candidate> found)
    {
        // The suffix patterns are slow to scan with, so they run only when a capitalised suffix word is there.
        if (HasCapitalisedSuffix(text))
        {
            foreach (var match in Suffixed().EnumerateMatches(text.Text))
            {
                AddTrimmed(text, match.Index, match.Index + match.Length, found);
            }

            foreach (var match in UniversityOf().EnumerateMatches(text.Text))
            {
                found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.Org, Priority.Organisation));
            }
        }

        if (text.IsLowerCase)
        {
            foreach (Match match in LowerCaseSuffixed().Matches(text.Text))
            {
                var name = match.Groups["name"].ValueSpan;
                if (!CommonWords.All.Contains(name) && !GenericWords.Contains(name) && !SafeProperWords.All.Contains(name))
                {
                    found.Add(new Candidate(ExtendLeft(text, match.Index), match.Index + match.Length, IdentifierType.Org, Priority.Organisation));
                }
            }
        }

        if (ServiceWords().IsMatch(text.Text))
        {
            foreach (var match in ServiceWithPlace().EnumerateMatches(text.Text))
            {
                found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.Org, Priority.Organisation));
            }
        }

        foreach (var match in CodedEmployer().EnumerateMatches(text.Text))
        {
            found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.Org, Priority.Organisation));
        }

        FindEmployers(text, found);

        if (!MentionsWork(text))
        {
            return;
        }

        foreach (Match match in WorksAt().Matches(text.Text))
        {
            var name = match.Groups["name"];
            if (!IsGenericOnly(name.ValueSpan))
            {
                found.Add(new Candidate(name.Index, name.Index + name.Length, IdentifierType.Org, Priority.Organisation - 5));
            }
        }
    }

    private static void FindEmployers(ScannedText text, List<Candidate> found)
    {
        var words = text.Words;
        for (var i = 0; i < words.Length; i++)
        {
            var last = PhraseLookup.LongestMatch(text, i, Organisations.Employers);
            if (last < 0)
            {
                continue;
            }

            var word = words[i];
            var ambiguous = last == i && AmbiguousEmployers.Contains(word.In(text.Text));
            var acceptable = !ambiguous || (word.IsCapitalised && !word.StartsSentence);
            if (acceptable)
            {
                found.Add(new Candidate(word.Start, words[last].End, IdentifierType.Org, Priority.Organisation));
                i = last;
            }
        }
    }

    private static bool MentionsWork(ScannedText text)
    {
        for (var i = 0; i < text.Words.Length; i++)
        {
            if (WorkWords.Contains(text.WordText(i)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCapitalisedSuffix(ScannedText text)
    {
        for (var i = 0; i < text.Words.Length; i++)
        {
            if (text.Words[i].IsCapitalised && Organisations.Suffixes.Contains(text.WordText(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>In lower-case text, takes in up to two more name words before "london hospital" ("royal").</summary>
    private static int ExtendLeft(ScannedText text, int start)
    {
        var index = text.WordStartingAt(start);
        for (var steps = 0; steps < 2 && index > 0 && text.Adjacent(index - 1, index); steps++)
        {
            var before = text.WordText(index - 1);
            if (CommonWords.All.Contains(before) || SafeProperWords.All.Contains(before) || SafeProperWords.PlaceCues.Contains(before))
            {
                break;
            }

            index--;
        }

        return index >= 0 ? text.Words[index].Start : start;
    }

    private static void AddTrimmed(ScannedText text, int start, int end, List<Candidate> found)
    {
        // Drop leading words that belong to the sentence rather than the name ("The", "Her", "At").
        var index = text.WordStartingAt(start);
        while (index >= 0 && index + 1 < text.Words.Length && text.Words[index].End < end)
        {
            var word = text.WordText(index);
            var leading = LeadingWords.Contains(word) || SafeProperWords.Titles.Contains(word);
            if (!leading || word is "St" or "Saint")
            {
                break;
            }

            index++;
            start = text.Words[index].Start;
        }

        if (!IsGenericOnly(text.Text.AsSpan(start, end - start)))
        {
            found.Add(new Candidate(start, end, IdentifierType.Org, Priority.Organisation));
        }
    }

    /// <summary>True when every word but the suffix is generic ("the Royal Hospital", "Primary School").</summary>
    private static bool IsGenericOnly(ReadOnlySpan<char> name)
    {
        foreach (var range in name.SplitAny(" \t\n,"))
        {
            var word = name[range].TrimEnd("'’s");
            if (word.Length > 0 && !GenericWords.Contains(word) && !Organisations.Suffixes.Contains(word) && !LeadingWords.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(
        @"\b(?:(?:St\.?|Saint)\s+)?(?:[A-Z][\p{L}'’&.-]*\s+(?:(?:of|and|&|the|for|on)\s+)?){1,5}(?:School|Academy|College|University|Hospital|Infirmary|Surgery|Practice|Clinic|Hospice|Nursery|Trust|Council|Ltd|Limited|plc|PLC|Church|Mosque|Synagogue|Temple|Gurdwara|Centre|Center|Airport|Prison|Library|Foundation|Partnership|Bank|Solicitors|House|Lodge|Manor)\b(?:\s+(?:London|Hospital|School|Trust))?",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Suffixed();

    // A service is generic until a place names which one: "CAMHS Swansea", "Leeds Talking Therapies" is
    // caught as a place already.
    [GeneratedRegex(
        @"\b(?:CAMHS|CMHT|IAPT|EIP|(?:NHS\s+)?Talking\s+Therapies|Social\s+Services|Children's\s+Services|Adult\s+Social\s+Care)\s+(?:[A-Z][\p{L}'’-]+)(?:\s+[A-Z][\p{L}'’-]+)?",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex ServiceWithPlace();

    [GeneratedRegex(@"CAMHS|CMHT|IAPT|EIP|Talking\s+Therapies|Social\s+Services|Children's\s+Services|Adult\s+Social\s+Care", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ServiceWords();

    // Employers whose names mix letters with digits or symbols, which the word scanner does not see as words.
    [GeneratedRegex(@"(?<![\w&])(?:G4S|O2|3M|B&Q|M&S|H&M|P&O|AT&T|JD\s+Sports)(?![\w&])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CodedEmployer();

    [GeneratedRegex(@"\b(?:University|College)\s+of\s+[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UniversityOf();

    [GeneratedRegex(
        @"\b(?<name>\p{Ll}[\p{Ll}'’-]{2,})(?:\s+(?:primary|secondary|high|junior|infant|grammar|medical|health|general|royal))?\s+(?:school|academy|surgery|centre|hospital|infirmary|college|university|practice|clinic|nursery)\b",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex LowerCaseSuffixed();

    [GeneratedRegex(
        @"\b(?:(?:works?|working|worked|job|employed|employer|placement|volunteers?|volunteering|studies|studying|student|pupil)\s+(?:at|for|by|with|is)|employer,?)\s+(?:the\s+)?(?<name>[A-Z][\p{L}'’&-]*(?:\s+(?:&\s+|and\s+|of\s+)?[A-Z][\p{L}'’&-]*){0,3})",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex WorksAt();
}
