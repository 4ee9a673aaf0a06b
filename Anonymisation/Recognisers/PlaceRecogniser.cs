using SupervisionBot.Anonymisation.Lexicon;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>
/// Towns, cities, counties and districts: from the gazetteer, or any capitalised word after "in", "from",
/// "near", and any word after "lives in", "moved to", "grew up in".
/// </summary>
internal sealed class PlaceRecogniser : IRecogniser
{
    private static readonly WordList StrongCues = new(
        "lives living lived live moved moving grew born raised based staying stays visiting visited settled home");

    public void Recognise(ScannedText text, List<Candidate> found)
    {
        var words = text.Words;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var span = word.In(text.Text);
            var cue = HasCue(text, i, out var strongCue);
            var last = PhraseLookup.LongestMatch(text, i, Places.All);
            if (last >= 0)
            {
                var ambiguous = last == i && (Places.Ambiguous.Contains(span) || CommonWords.All.Contains(span));
                var acceptable = ambiguous
                    ? (word.IsCapitalised && !word.StartsSentence && (cue || InAddress(text, i)))
                        || (text.IsLowerCase && (strongCue || FromBefore(text, i)) && !CommonWords.All.Contains(span))
                    : word.IsCapitalised || text.IsLowerCase || strongCue || !FirstNames.All.Contains(span);
                acceptable &= !NamesAConcept(text, last);
                if (acceptable)
                {
                    found.Add(new Candidate(word.Start, words[last].End, IdentifierType.Place, cue ? Priority.NameWithEvidence + 2 : Priority.Place));
                    i = last;
                    continue;
                }
            }

            if (!cue || word.Length < 3)
            {
                continue;
            }

            var facts = WordFacts.Of(span);
            var unknown = !facts.IsCommon && !facts.IsSafe && !facts.IsEponym && !SafeProperWords.Titles.Contains(span);
            var byCapital = word.IsCapitalised && !word.StartsSentence && !word.IsAllCaps && unknown && !facts.IsKnownName;
            var byStrongCue = strongCue && unknown && (word.IsCapitalised || !facts.IsKnownName);
            if (byCapital || byStrongCue)
            {
                var end = i;
                while (end + 1 < words.Length && words[end + 1].IsCapitalised && !words[end + 1].StartsSentence
                    && text.Adjacent(end, end + 1) && !IsCommonOrSafe(text.WordText(end + 1)))
                {
                    end++;
                }

                found.Add(new Candidate(word.Start, words[end].End, IdentifierType.Place, Priority.PlaceByCue));
                i = end;
            }
        }
    }

    /// <summary>"…Terrace, Reading RG1 8DD": after a comma or before a postcode a town name is a town.</summary>
    private static bool InAddress(ScannedText text, int i)
    {
        var word = text.Words[i];
        var before = text.Text.AsSpan(0, word.Start).TrimEnd(' ');
        var after = text.Text.AsSpan(word.End).TrimStart(' ');
        return before.EndsWith(",") || (after.Length >= 2 && char.IsUpper(after[0]) && (char.IsDigit(after[1]) || (after.Length > 2 && char.IsDigit(after[2]))));
    }

    /// <summary>"Stockholm syndrome": a place name naming a concept.</summary>
    private static bool NamesAConcept(ScannedText text, int last) =>
        last + 1 < text.Words.Length && text.Adjacent(last, last + 1) && Eponyms.FollowingCues.Contains(text.WordText(last + 1));

    private static bool FromBefore(ScannedText text, int i) =>
        i > 0 && text.WordText(i - 1).Equals("from", StringComparison.OrdinalIgnoreCase);

    private static bool IsCommonOrSafe(ReadOnlySpan<char> word) =>
        CommonWords.All.Contains(word) || SafeProperWords.All.Contains(word) || Organisations.Suffixes.Contains(word);

    private static bool HasCue(ScannedText text, int i, out bool strong)
    {
        strong = false;
        if (i == 0 || !text.Adjacent(i - 1, i) || !SafeProperWords.PlaceCues.Contains(text.WordText(i - 1)))
        {
            return false;
        }

        if (i >= 2 && text.Adjacent(i - 2, i - 1))
        {
            var before = text.WordText(i - 2);
            strong = StrongCues.Contains(before) || before.Equals("up", StringComparison.OrdinalIgnoreCase);
        }

        return true;
    }
}
