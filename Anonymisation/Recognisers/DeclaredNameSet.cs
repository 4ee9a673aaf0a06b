using SupervisionBot.Anonymisation.Lexicon;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>
/// Every form of the declared names: each part of the client's name and aliases, their nicknames, and (for
/// names of five letters or more) anything one typo away.
/// </summary>
internal sealed class DeclaredNameSet
{
    public const int TypoMinimumLength = 5;
    private readonly Dictionary<string, IdentifierType> _forms = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IdentifierType>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<(string Name, IdentifierType Type)> _typoTargets = [];

    public DeclaredNameSet(DeclaredNames declared)
    {
        _lookup = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var other in declared.OtherPeople)
        {
            Add(other, IdentifierType.Person);
        }

        // The client is added last so a name shared with someone else is still tagged as the client.
        foreach (var alias in declared.Aliases)
        {
            Add(alias, IdentifierType.Client);
        }

        Add(declared.Client, IdentifierType.Client);
    }

    public static DeclaredNameSet Empty { get; } = new(DeclaredNames.None);

    public IdentifierType? Find(ReadOnlySpan<char> word, bool mayBeTypo)
    {
        if (_lookup.TryGetValue(word, out var type))
        {
            return type;
        }

        if (!mayBeTypo || word.Length < TypoMinimumLength - 1)
        {
            return null;
        }

        foreach (var (name, targetType) in _typoTargets)
        {
            if (EditDistance.IsAtMostOne(word, name))
            {
                return targetType;
            }
        }

        return null;
    }

    /// <summary>Every exact form (name parts, nicknames, hyphen halves) and its type.</summary>
    public IEnumerable<KeyValuePair<string, IdentifierType>> Forms => _forms;

    /// <summary>The forms long enough for one-typo matching.</summary>
    public IReadOnlyList<(string Name, IdentifierType Type)> TypoTargets => _typoTargets;

    /// <summary>Whether <paramref name="word"/> is exactly a declared form (no typo allowance).</summary>
    public bool IsExactForm(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

    private void Add(string? name, IdentifierType type)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        foreach (var part in name.Split([' ', '\t', ',', '.', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries))
        {
            AddForm(part, type);
            foreach (var nickname in Nicknames.Of(part))
            {
                AddForm(nickname, type);
            }

            // "Okafor-Brown" may be written as either half.
            if (part.Contains('-', StringComparison.Ordinal))
            {
                foreach (var half in part.Split('-', StringSplitOptions.RemoveEmptyEntries))
                {
                    AddForm(half, type);
                }
            }
        }
    }

    private void AddForm(string form, IdentifierType type)
    {
        if (form.Length < 2 || SafeProperWords.Titles.Contains(form))
        {
            return;
        }

        _forms[form] = type;
        if (form.Length >= TypoMinimumLength)
        {
            _typoTargets.RemoveAll(t => string.Equals(t.Name, form, StringComparison.OrdinalIgnoreCase));
            _typoTargets.Add((form, type));
        }
    }
}
