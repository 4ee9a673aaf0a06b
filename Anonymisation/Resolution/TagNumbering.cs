using SupervisionBot.Anonymisation.Lexicon;
using SupervisionBot.Anonymisation.Memory;

namespace SupervisionBot.Anonymisation.Resolution;

/// <summary>
/// The replacement tags of one reflection. People, places and organisations are numbered in order of first
/// appearance; a later mention sharing any word with an earlier one ("Tom" after "Tom Hughes") gets the same
/// number, in every field of the reflection. With a memory, names remembered from earlier steps keep their
/// numbers and new ones are numbered after the highest remembered number of their type.
/// </summary>
internal sealed class TagNumbering(CallMemory? memory = null)
{
    // Words shared by unrelated organisations ("St", "Hospital") must not make them the same one.
    private static readonly WordList NotDistinctive = new("st saint the of and for primary secondary high medical health general royal catholic");

    private readonly Dictionary<(IdentifierType, string), int> _numbers = [];
    private readonly Dictionary<IdentifierType, int> _counts = [];

    public string TagFor(IdentifierType type, ReadOnlySpan<char> original) => type switch
    {
        IdentifierType.Person or IdentifierType.Place or IdentifierType.Org => $"[{TypeName(type)}-{Number(type, original)}]",
        _ => $"[{TypeName(type)}]",
    };

    /// <summary>The upper-case name used in tags and in JSON output.</summary>
    public static string TypeName(IdentifierType type) => type switch
    {
        IdentifierType.Client => "CLIENT",
        IdentifierType.Person => "PERSON",
        IdentifierType.Place => "PLACE",
        IdentifierType.Org => "ORG",
        IdentifierType.Date => "DATE",
        IdentifierType.Age => "AGE",
        IdentifierType.Phone => "PHONE",
        IdentifierType.Email => "EMAIL",
        IdentifierType.Url => "URL",
        IdentifierType.Handle => "HANDLE",
        IdentifierType.IpAddress => "IP",
        IdentifierType.NhsNumber => "NHS-NUMBER",
        IdentifierType.NiNumber => "NI-NUMBER",
        IdentifierType.Ssn => "SSN",
        IdentifierType.PaymentCard => "CARD",
        IdentifierType.Postcode => "POSTCODE",
        IdentifierType.ZipCode => "ZIP",
        IdentifierType.Address => "ADDRESS",
        IdentifierType.IdNumber => "ID",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Whether a word can tell two names apart ("Mary" can, "St" and "Hospital" cannot).</summary>
    public static bool IsDistinctive(ReadOnlySpan<char> word) => !NotDistinctive.Contains(word) && !Organisations.Suffixes.Contains(word);

    private int Number(IdentifierType type, ReadOnlySpan<char> original)
    {
        var words = new List<string>();
        foreach (var range in original.SplitAny(" \t\r\n,.-"))
        {
            var word = original[range].TrimEnd("'’").ToString().ToUpperInvariant();
            // An initial ("J." of "J. Patel") is shared by too many people to tell them apart.
            if (word.Length > 1 && !NotDistinctive.Contains(word) && !Organisations.Suffixes.Contains(word))
            {
                words.Add(word);
            }
        }

        string? phrase = null;
        List<string>? memoryWords = null;
        var number = 0;
        if (memory is not null)
        {
            (phrase, memoryWords) = CallMemory.KeysOf(original);
            number = phrase is null ? 0 : memory.Memory.NumberOf(type, memory.Hasher.Hash(phrase));
        }

        if (number == 0)
        {
            foreach (var word in words)
            {
                if (_numbers.TryGetValue((type, word), out number))
                {
                    break;
                }
            }
        }

        if (number == 0 && memory is not null && memoryWords is not null)
        {
            foreach (var word in memoryWords)
            {
                number = memory.Memory.NumberOf(type, memory.Hasher.Hash(word));
                if (number > 0)
                {
                    break;
                }
            }
        }

        if (number == 0)
        {
            number = Math.Max(_counts.GetValueOrDefault(type), memory?.Memory.HighestNumber(type) ?? 0) + 1;
            _counts[type] = number;
        }

        foreach (var word in words)
        {
            _numbers.TryAdd((type, word), number);
        }

        if (memory is not null && phrase is not null && memoryWords is not null)
        {
            memory.Learn(type, phrase, number);
            foreach (var word in memoryWords)
            {
                memory.Learn(type, word, number);
            }
        }

        return number;
    }
}
