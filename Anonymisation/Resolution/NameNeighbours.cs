using SupervisionBot.Anonymisation.Lexicon;
using SupervisionBot.Anonymisation.Recognisers;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Resolution;

/// <summary>
/// The words a found name drags in with it, whichever recogniser found the name: initials ("F. Okonkwo",
/// "Folasade M. Okonkwo", "Okonkwo, F."), a first name before a found surname ("Zbigniew Kowalczyk" when only
/// the surname was found, "Mark Okafor" next to the client's surname), and a surname typed in lower case after
/// a found first name ("Priya shah"). Without this the neighbour is left behind in the stored text.
/// </summary>
internal static class NameNeighbours
{
    private const int MaxInitials = 3;

    private static readonly WordList Greetings = new("hey hiya hello yo oi cheers thanks ta bye goodbye congrats sorry please poor little dear");

    /// <summary>
    /// Adds candidates for the neighbours of the names in <paramref name="spans"/> (resolved from
    /// <paramref name="candidates"/>); returns whether it added any, so the caller knows to resolve again.
    /// </summary>
    public static bool Add(ScannedText text, List<RedactedSpan> spans, List<Candidate> candidates)
    {
        var added = new List<Candidate>();
        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            if (span.Type is not (IdentifierType.Client or IdentifierType.Person))
            {
                continue;
            }

            var start = InitialsBefore(text, span.Start);
            var end = InitialAfter(text, span.End);
            if (start < span.Start || end > span.End)
            {
                added.Add(new Candidate(start, end, span.Type, Priority.Propagated));
            }

            var previousEnd = s > 0 ? spans[s - 1].End : 0;
            if (start == span.Start && FirstNameBefore(text, span.Start, previousEnd) is var (first, firstEnd))
            {
                // A different first name before the client's surname is a relative: a person, not the client.
                added.Add(new Candidate(first, span.Type == IdentifierType.Client ? firstEnd : span.End, IdentifierType.Person, Priority.NameWithEvidence));
            }

            var nextStart = s + 1 < spans.Count ? spans[s + 1].Start : text.Text.Length;
            if (end == span.End && LowerCaseSurnameAfter(text, span, nextStart) is { } surnameEnd)
            {
                added.Add(new Candidate(span.Start, surnameEnd, span.Type, Priority.Propagated));
            }
        }

        candidates.AddRange(added);
        return added.Count > 0;
    }

    /// <summary>Where a name starts once initials (and a title before them) are included: "Dr J. R. Patel".</summary>
    private static int InitialsBefore(ScannedText text, int start)
    {
        var position = start;
        for (var n = 0; n < MaxInitials; n++)
        {
            var j = position - 1;
            var spaces = 0;
            while (j >= 0 && text.Text[j] == ' ')
            {
                j--;
                spaces++;
            }

            var dot = j >= 0 && text.Text[j] == '.';
            if (dot)
            {
                j--;
            }

            var standalone = j >= 0 && (j == 0 || !char.IsLetterOrDigit(text.Text[j - 1]));
            var initial = standalone && text.Text[j] != 'I' && (char.IsUpper(text.Text[j]) || (dot && text.IsLowerCase && char.IsLower(text.Text[j])));

            // "I" is never taken ("as did I. Tom came"); without a full stop, nor is "A", and only one space.
            if (!initial || spaces > 1 || (!dot && (spaces != 1 || text.Text[j] == 'A')))
            {
                break;
            }

            position = j;
        }

        if (position == start)
        {
            return start;
        }

        // "Mr F Okonkwo": the title goes with the name, as it does when the recognisers find "Mr Okonkwo".
        var title = text.WordEndingAtOrBefore(position);
        if (title >= 0 && SafeProperWords.Titles.Contains(text.WordText(title))
            && text.Text.AsSpan(text.Words[title].End, position - text.Words[title].End) is " " or ". ")
        {
            return text.Words[title].Start;
        }

        return position;
    }

    /// <summary>Where a name ends once an initial after it is included: "Okonkwo, F." or "Okonkwo F.".</summary>
    private static int InitialAfter(ScannedText text, int end)
    {
        var rest = text.Text.AsSpan(end);
        var skip = rest.StartsWith(", ") ? 2 : rest.StartsWith(" ") ? 1 : 0;
        if (skip == 0 || rest.Length < skip + 2)
        {
            return end;
        }

        var letter = rest[skip];
        var isInitial = char.IsUpper(letter) && letter != 'I' && rest[skip + 1] == '.'
            && (rest.Length == skip + 2 || !char.IsLetter(rest[skip + 2]));
        return isInitial ? end + skip + 1 : end;
    }

    /// <summary>A given name (or an unknown capitalised word opening a sentence) just before a found name.</summary>
    private static (int Start, int End)? FirstNameBefore(ScannedText text, int start, int previousEnd)
    {
        var index = text.WordEndingAtOrBefore(start);
        if (index < 0 || text.Words[index].Start < previousEnd
            || text.Text.AsSpan(text.Words[index].End, start - text.Words[index].End) is not " ")
        {
            return null;
        }

        var word = text.Words[index];
        var span = word.In(text.Text);
        var facts = WordFacts.Of(span);
        if (word.Length < 2 || facts.IsSafe || facts.IsEponym || SafeProperWords.Titles.Contains(span) || SafeProperWords.PersonCues.Contains(span)
            || Greetings.Contains(span))
        {
            return null;
        }

        if (text.IsLowerCase || !word.IsCapitalised)
        {
            return text.IsLowerCase && facts.IsClearFirstName ? (word.Start, word.End) : null;
        }

        if (facts.IsFirstName || facts.IsAmbiguousName)
        {
            return (word.Start, word.End);
        }

        // "Zbigniew Kowalczyk rang", where the capital of the first word said nothing at the start of a sentence.
        var unknown = !facts.IsCommon && !facts.IsPlace && !word.IsAllCaps && word.Length >= 3 && !LooksLikeAdverbOrPlural(span)
            && !SafeProperWords.PersonVerbs.Contains(span);
        return unknown ? (word.Start, word.End) : null;
    }

    /// <summary>"Priya shah", "Tom kowalczyk": a surname after a given name, typed without its capital.</summary>
    private static int? LowerCaseSurnameAfter(ScannedText text, RedactedSpan span, int nextStart)
    {
        if (text.IsLowerCase)
        {
            return null;
        }

        var last = text.WordEndingAtOrBefore(span.End);
        var next = last + 1;
        if (last < 0 || next >= text.Words.Length || text.Words[last].End != span.End || text.Words[next].End > nextStart
            || text.Text.AsSpan(span.End, text.Words[next].Start - span.End) is not " ")
        {
            return null;
        }

        // Only the name lists say "given name" here, so a reflection gives the same result with or without its
        // declared names (a later step may have only the memory).
        var name = WordFacts.Of(text.WordText(last));
        var word = text.Words[next];
        var candidate = word.In(text.Text);
        if (!(name.IsFirstName || name.IsAmbiguousName) || !text.Words[last].IsCapitalised || word.IsCapitalised || word.Length < 3)
        {
            return null;
        }

        var facts = WordFacts.Of(candidate);
        if (facts.IsSurname && !facts.IsCommon)
        {
            return word.End;
        }

        // An unlisted word is a surname only where a name would end: before a verb that follows people or a past
        // tense ("Declan kowalczyk was kind", "Marek thistlewood blamed her"), or a comma or full stop. "Kylie grew
        // up" keeps "grew".
        var unknown = !facts.IsCommon && !facts.IsSafe && !facts.IsEponym && !facts.IsPlace && !facts.IsKnownName
            && !SafeProperWords.PersonVerbs.Contains(candidate) && !LooksLikeAdverbOrPlural(candidate)
            && !candidate.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
        return unknown && EndsName(text, next) ? word.End : null;
    }

    private static bool EndsName(ScannedText text, int index)
    {
        var end = text.Words[index].End;
        if (end >= text.Text.Length || text.Text[end] is ',' or '.' or ';' or ')' or '\'' or '’')
        {
            return true;
        }

        if (index + 1 >= text.Words.Length || !text.Adjacent(index, index + 1))
        {
            return false;
        }

        var next = text.WordText(index + 1);
        return SafeProperWords.PersonVerbs.Contains(next) || (next.Length > 4 && next.EndsWith("ed", StringComparison.OrdinalIgnoreCase));
    }

    private static bool LooksLikeAdverbOrPlural(ReadOnlySpan<char> word) =>
        word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || word.EndsWith("s", StringComparison.OrdinalIgnoreCase);
}
