using SupervisionBot.Anonymisation.Lexicon;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>
/// Other people's names, from several kinds of evidence: a title (Dr Patel), a relationship cue (her son Tom,
/// a girl called Keira), the name lists, a capital letter away from the start of a sentence, or a verb after
/// an unknown capitalised word at the start of one (Chidinma arrived). Theorists and clinical eponyms stay.
/// </summary>
internal sealed class PersonRecogniser : IRecogniser
{
    private static readonly WordList Particles = new("de da do dos das di del della van von der den ter le la du al el bin ibn bint binti abu");

    private static readonly WordList SpokenTo = new("told asked texted messaged emailed rang phoned");

    private static readonly WordList StrongVerbs = new(
        "said says told tells asked asks texted rang phoned called messaged emailed cried laughed smiled arrived replied shouted");

    public void Recognise(ScannedText text, List<Candidate> found)
    {
        var words = text.Words;
        for (var i = 0; i < words.Length; i++)
        {
            if ((i & 63) == 0)
            {
                text.Budget.ThrowIfExhausted();
            }

            var priority = Judge(text, i);
            if (priority == 0)
            {
                continue;
            }

            var last = i;
            while (true)
            {
                if (Continues(text, last + 1) && text.Adjacent(last, last + 1) && !HasComma(text, last, last + 1))
                {
                    last++;
                }
                else if (IsParticleBeforeName(text, last + 1) && text.Adjacent(last, last + 1))
                {
                    // "Maria de Souza", "Jan van der Berg": carry on through the particles.
                    last++;
                }
                else
                {
                    break;
                }
            }

            found.Add(new Candidate(words[i].Start, words[last].End, IdentifierType.Person, priority));
            i = last;
        }
    }

    /// <summary>The priority of word <paramref name="i"/> as a name, or 0 if it is not one.</summary>
    private static int Judge(ScannedText text, int i)
    {
        var word = text.Words[i];
        var span = word.In(text.Text);
        if (word.Length < 2)
        {
            return 0;
        }

        var facts = WordFacts.Of(span);
        if (facts.IsEponym || (word.IsCapitalised && IsEponymByContext(text, i)))
        {
            return 0;
        }

        if (HasBefore(text, i, SafeProperWords.Titles) && (word.IsCapitalised || !facts.IsCommon))
        {
            return Priority.NameWithEvidence;
        }

        if (HasBefore(text, i, SafeProperWords.PersonCues) && !SafeProperWords.Titles.Contains(span) && !SafeProperWords.PersonVerbs.Contains(span))
        {
            var named = word.IsCapitalised
                ? !facts.IsCommon || facts.IsKnownName
                : facts.IsClearFirstName || (text.IsLowerCase && (facts.IsAmbiguousName || (!facts.IsCommon && !facts.IsSafe && word.Length >= 3)));
            if (named && !(facts.IsSafe && !facts.IsKnownName))
            {
                return Priority.NameWithEvidence;
            }
        }

        if (facts.IsSafe || word.IsAllCaps)
        {
            return 0;
        }

        if (text.IsLowerCase || !word.IsCapitalised)
        {
            // Without a capital letter only an unmistakable given name counts, or, in text typed all in lower
            // case, an unknown word that someone is said to have spoken or been spoken to ("chiamaka said",
            // "told chiamaka").
            if (facts.IsClearFirstName && !facts.IsPlace)
            {
                return Priority.NameByCapital;
            }

            var unknown = !facts.IsCommon && !facts.IsKnownName && !facts.IsPlace && word.Length >= 3
                && !SafeProperWords.PersonVerbs.Contains(span) && !StrongVerbs.Contains(span);
            return text.IsLowerCase && unknown && (StrongVerbs.Contains(NextWord(text, i)) || SpeechBefore(text, i))
                ? Priority.NameByCapital
                : 0;
        }

        if (!word.StartsSentence)
        {
            if (facts.IsCommon && !facts.IsKnownName)
            {
                return 0;
            }

            if (facts.IsPlace && !facts.IsFirstName)
            {
                return 0;
            }

            // In a Title Case heading ("What I Will Try Next") capitals are style, not names.
            if (!facts.IsClearFirstName && !facts.IsSurname && IsInTitleRun(text, i))
            {
                return 0;
            }

            return facts.IsKnownName ? Priority.NameWithEvidence : Priority.NameByCapital;
        }

        // At the start of a sentence a capital letter says nothing, so look for more.
        if (facts.IsCommon)
        {
            return 0;
        }

        if (facts.IsClearFirstName)
        {
            return Priority.NameWithEvidence;
        }

        var next = i + 1 < text.Words.Length && text.Adjacent(i, i + 1) ? text.WordText(i + 1) : [];
        var possessive = HasPossessive(text, i);
        if (facts.IsAmbiguousName)
        {
            return StrongVerbs.Contains(next) ? Priority.NameWithEvidence : 0;
        }

        if (facts.IsPlace)
        {
            return 0;
        }

        var nextIsName = i + 1 < text.Words.Length && text.Words[i + 1].IsCapitalised && !text.Words[i + 1].StartsSentence;
        return SafeProperWords.PersonVerbs.Contains(next) || possessive || (facts.IsSurname && nextIsName) || IsVocative(text, i)
            ? Priority.NameByCapital
            : 0;
    }

    /// <summary>Whether word <paramref name="i"/> sits in a run of capitalised words that includes an ordinary word.</summary>
    private static bool IsInTitleRun(ScannedText text, int i)
    {
        for (var direction = -1; direction <= 1; direction += 2)
        {
            for (var j = i + direction; j >= 0 && j < text.Words.Length; j += direction)
            {
                var (a, b) = direction < 0 ? (j, j + 1) : (j - 1, j);
                if (!text.Words[j].IsCapitalised || text.Text.AsSpan(text.Words[a].End, text.Words[b].Start - text.Words[a].End) is not " ")
                {
                    break;
                }

                var facts = WordFacts.Of(text.WordText(j));
                if ((facts.IsCommon || facts.IsSafe) && !facts.IsKnownName && !SafeProperWords.Titles.Contains(text.WordText(j)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> NextWord(ScannedText text, int i) =>
        i + 1 < text.Words.Length && text.Adjacent(i, i + 1) ? text.WordText(i + 1) : [];

    private static bool SpeechBefore(ScannedText text, int i) =>
        i > 0 && text.Adjacent(i - 1, i) && SpokenTo.Contains(text.WordText(i - 1));

    private static bool IsParticleBeforeName(ScannedText text, int j)
    {
        var k = j;
        while (k < text.Words.Length && k - j < 2 && Particles.Contains(text.WordText(k)) && !text.Words[k].IsCapitalised)
        {
            k++;
        }

        return k > j && k < text.Words.Length && text.Adjacent(k - 1, k) && text.Words[k].IsCapitalised;
    }

    /// <summary>Whether word <paramref name="j"/> carries a name on (a surname after a given name).</summary>
    private static bool Continues(ScannedText text, int j)
    {
        if (j >= text.Words.Length)
        {
            return false;
        }

        var word = text.Words[j];
        var span = word.In(text.Text);
        var facts = WordFacts.Of(span);
        if (facts.IsEponym || facts.IsSafe || facts.IsCommon || word.Length < 2 || Organisations.Suffixes.Contains(span))
        {
            return false;
        }

        return text.IsLowerCase ? facts.IsSurname : word.IsCapitalised && !word.IsAllCaps && !word.StartsSentence;
    }

    private static bool HasBefore(ScannedText text, int i, WordList cues)
    {
        if (i == 0 || !cues.Contains(text.WordText(i - 1)))
        {
            return false;
        }

        // "Dr. Okonkwo" but not "…her dad. didnt push": a full stop only after a title.
        var gap = text.Text.AsSpan(text.Words[i - 1].End, text.Words[i].Start - text.Words[i - 1].End);
        var allowed = cues == SafeProperWords.Titles ? " ,." : " ,";
        return gap.Length is > 0 and <= 3 && !gap.ContainsAnyExcept(allowed);
    }

    /// <summary>"Nkrumah, come back": an unknown word addressed at the start of a sentence (not "Sadly,").</summary>
    private static bool IsVocative(ScannedText text, int i)
    {
        var word = text.Words[i];
        return word.End < text.Text.Length && text.Text[word.End] == ','
            && !word.In(text.Text).EndsWith("ly", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasComma(ScannedText text, int a, int b) =>
        text.Text.AsSpan(text.Words[a].End, text.Words[b].Start - text.Words[a].End).Contains(',');

    private static bool HasPossessive(ScannedText text, int i)
    {
        var end = text.Words[i].End;
        return end + 1 < text.Text.Length && text.Text[end] is '\'' or '’' && text.Text[end + 1] is 's';
    }

    /// <summary>"Down's syndrome", "Beck's model", "Gillick competence": a name that names a concept.</summary>
    private static bool IsEponymByContext(ScannedText text, int i)
    {
        // "Mearns and Thorne", "Hawkins & Shohet": paired with a known theorist.
        for (var other = i - 2; other <= i + 2; other++)
        {
            if (other >= 0 && other < text.Words.Length && other != i && IsPairing(text, Math.Min(i, other), Math.Max(i, other))
                && Eponyms.All.Contains(text.WordText(other)))
            {
                return true;
            }
        }

        if (i + 1 >= text.Words.Length)
        {
            return false;
        }

        var gap = text.Text.AsSpan(text.Words[i].End, text.Words[i + 1].Start - text.Words[i].End);
        return gap is " " or "'s " or "’s " or "' " or "’ " && Eponyms.FollowingCues.Contains(text.WordText(i + 1));
    }

    private static bool IsPairing(ScannedText text, int first, int second)
    {
        var gap = text.Text.AsSpan(text.Words[first].End, text.Words[second].Start - text.Words[first].End);
        return (second == first + 2 && gap is " and ") || (second == first + 1 && gap is " & ");
    }
}
