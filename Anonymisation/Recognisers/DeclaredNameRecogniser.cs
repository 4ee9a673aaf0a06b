using SupervisionBot.Anonymisation.Lexicon;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>
/// The client's declared names, wherever and however they are written: any case, possessive, nickname or
/// one-letter typo. Recall here must be total, so the only exception is an everyday word ("will", "hope")
/// written in lower case in a text that otherwise capitalises names.
/// </summary>
internal sealed class DeclaredNameRecogniser : IRecogniser
{
    private static readonly WordList QuestionFollowers = new("i you he she it we they there this that the");

    public void Recognise(ScannedText text, List<Candidate> found)
    {
        for (var i = 0; i < text.Words.Length; i++)
        {
            var word = text.Words[i];
            var span = word.In(text.Text);
            var isCommonWord = IsCommonWord(span);
            var type = text.Declared.Find(span, MayBeTypo(word, isCommonWord));
            if (type is null || !Accepts(text, i, isCommonWord))
            {
                continue;
            }

            found.Add(new Candidate(word.Start, word.End, type.Value, type == IdentifierType.Client ? Priority.Client : Priority.NameWithEvidence + 5));
        }
    }

    /// <summary>Whether a declared name could be an everyday word here ("will", "hope", "grace").</summary>
    public static bool IsCommonWord(ReadOnlySpan<char> word) =>
        CommonWords.All.Contains(word) || AmbiguousNames.All.Contains(word) || SafeProperWords.All.Contains(word);

    /// <summary>Whether a one-letter typo of a declared name is allowed for this word.</summary>
    public static bool MayBeTypo(Word word, bool isCommonWord) => word.IsCapitalised || !isCommonWord;

    /// <summary>
    /// Whether word <paramref name="index"/>, a form of a declared name, is the name here: not an everyday word
    /// in lower case in a text that capitalises names, nor one opening a question.
    /// </summary>
    public static bool Accepts(ScannedText text, int index, bool isCommonWord)
    {
        var word = text.Words[index];
        if (!word.IsCapitalised && !text.IsLowerCase && isCommonWord && !HasPersonCueBefore(text, index))
        {
            return false;
        }

        // "Will he stay?", "May I ask": an everyday word opening a question is not the client.
        return !(word.StartsSentence && isCommonWord && index + 1 < text.Words.Length && QuestionFollowers.Contains(text.WordText(index + 1)));
    }

    private static bool HasPersonCueBefore(ScannedText text, int index) =>
        index > 0 && text.Adjacent(index - 1, index) && SafeProperWords.PersonCues.Contains(text.WordText(index - 1));
}
