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
            var isCommonWord = CommonWords.All.Contains(span) || AmbiguousNames.All.Contains(span) || SafeProperWords.All.Contains(span);
            var mayBeTypo = word.IsCapitalised || !isCommonWord;
            var type = text.Declared.Find(span, mayBeTypo);
            if (type is null)
            {
                continue;
            }

            if (!word.IsCapitalised && !text.IsLowerCase && isCommonWord && !HasPersonCueBefore(text, i))
            {
                continue;
            }

            // "Will he stay?", "May I ask": an everyday word opening a question is not the client.
            if (word.StartsSentence && isCommonWord && i + 1 < text.Words.Length && QuestionFollowers.Contains(text.WordText(i + 1)))
            {
                continue;
            }

            found.Add(new Candidate(word.Start, word.End, type.Value, type == IdentifierType.Client ? Priority.Client : Priority.NameWithEvidence + 5));
        }
    }

    private static bool HasPersonCueBefore(ScannedText text, int index) =>
        index > 0 && text.Adjacent(index - 1, index) && SafeProperWords.PersonCues.Contains(text.WordText(index - 1));
}
