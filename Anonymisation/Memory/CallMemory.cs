using SupervisionBot.Anonymisation.Resolution;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Memory;

/// <summary>
/// A reflection's memory during one call: what earlier steps found, one HMAC instance for the whole call, and
/// the forms this call has learned.
/// </summary>
internal sealed class CallMemory(RedactionMemory memory, FormHasher hasher)
{
    /// <summary>Remembered phrases are looked for up to this many words long.</summary>
    public const int MaxPhraseWords = 4;

    private readonly List<RememberedForm> _learned = [];

    public RedactionMemory Memory => memory;

    public FormHasher Hasher => hasher;

    public IReadOnlyList<RememberedForm> Learned => _learned;

    /// <summary>
    /// The forms a found name is remembered (and numbered) by: the whole phrase, then each distinctive word,
    /// lower-cased with possessives removed ("St Mary's Hospital" gives "st mary hospital" and "mary").
    /// </summary>
    public static (string? Phrase, List<string> Words) KeysOf(ReadOnlySpan<char> found)
    {
        var text = found.ToString();
        var words = ScannedText.SplitWords(text);
        var distinctive = new List<string>(words.Length);
        if (words.Length == 0)
        {
            return (null, distinctive);
        }

        var phrase = string.Join(' ', words.Select(w => text[w.Start..w.End].ToLowerInvariant()));
        foreach (var word in words)
        {
            var letters = word.In(text);
            if (NameRegistry.IsDistinctive(letters) && TagNumbering.IsDistinctive(letters))
            {
                distinctive.Add(letters.ToString().ToLowerInvariant());
            }

            // "Okafor-Brown" may later be written as either half; particles ("al-", "d'") are not names.
            if (letters.Contains('-'))
            {
                foreach (var range in letters.Split('-'))
                {
                    var half = letters[range];
                    if (half.Length >= 3 && char.IsUpper(half[0]) && NameRegistry.IsDistinctive(half) && TagNumbering.IsDistinctive(half))
                    {
                        distinctive.Add(half.ToString().ToLowerInvariant());
                    }
                }
            }
        }

        return (phrase, distinctive);
    }

    public void Learn(IdentifierType type, string key, int number)
    {
        var form = new RememberedForm(hasher.Hash(key), type, number, false);
        if (!memory.Holds(form))
        {
            _learned.Add(form);
        }
    }
}
