using System.Buffers;
using SupervisionBot.Anonymisation.Memory;
using SupervisionBot.Anonymisation.Recognisers;

namespace SupervisionBot.Anonymisation;

/// <summary>
/// What one reflection's anonymisation has learned so far, as keyed hashes only: the declared client's forms
/// (with their one-typo variants) and every person, place and organisation found in earlier steps, with its
/// tag number. Persist <see cref="Forms"/> between steps and <see cref="Restore"/> it with the same key; no
/// name is ever held in plain text. Immutable: each step returns a new memory.
/// </summary>
public sealed class RedactionMemory
{
    // Longer "names" are not names; their variants would only cost time.
    private const int TypoVariantMaximumLength = 64;
    private const string Letters = "abcdefghijklmnopqrstuvwxyz";
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdef");

    private readonly byte[] _key;
    private readonly List<RememberedForm> _forms;
    private readonly HashSet<RememberedForm> _known;
    private readonly Dictionary<string, RememberedForm> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RememberedForm> _typos = new(StringComparer.Ordinal);
    private readonly Dictionary<(IdentifierType Type, string Hash), int> _numbers = [];
    private readonly Dictionary<IdentifierType, int> _highest = [];

    private RedactionMemory(byte[] key, List<RememberedForm> forms)
    {
        _key = key;
        _forms = forms;
        _known = new HashSet<RememberedForm>(forms.Count);
        foreach (var form in forms)
        {
            _known.Add(form);
            Index(form);
        }
    }

    /// <summary>A memory that has learned nothing yet. <paramref name="key"/> is the HMAC key, at least 32 bytes.</summary>
    public static RedactionMemory Empty(byte[] key) => new(CheckedKey(key), []);

    /// <summary>A memory from forms persisted earlier; <paramref name="key"/> must be the key they were hashed with.</summary>
    public static RedactionMemory Restore(byte[] key, IEnumerable<RememberedForm> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        var checkedKey = CheckedKey(key);
        var list = new List<RememberedForm>();
        var seen = new HashSet<RememberedForm>();
        foreach (var form in forms)
        {
            Validate(form);
            if (seen.Add(form))
            {
                list.Add(form);
            }
        }

        return new(checkedKey, list);
    }

    /// <summary>What the caller persists: hashes, types and numbers, never a name.</summary>
    public IReadOnlyList<RememberedForm> Forms => _forms.AsReadOnly();

    internal byte[] Key => _key;

    internal bool IsEmpty => _forms.Count == 0;

    /// <summary>
    /// Adds the declared client's forms (each name part, aliases, nicknames; and for parts of five letters or
    /// more every one-edit variant: deletion, substitution and insertion over a-z, adjacent transposition) as
    /// Client forms. The plain name is not kept. Adding the same names again changes nothing.
    /// </summary>
    public RedactionMemory WithDeclared(DeclaredNames declared)
    {
        ArgumentNullException.ThrowIfNull(declared);
        var set = new DeclaredNameSet(declared with { OtherPeople = [] });
        var exactForms = set.Forms.Select(f => f.Key.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (exactForms.Count == 0)
        {
            return this;
        }

        using var hasher = new FormHasher(_key);
        var added = new List<RememberedForm>();
        var allKnown = true;
        foreach (var form in exactForms)
        {
            var remembered = new RememberedForm(hasher.Hash(form), IdentifierType.Client, 0, false);
            allKnown &= _known.Contains(remembered);
            added.Add(remembered);
        }

        // Variants are worked out once: a memory that already holds every exact form holds their variants too.
        if (allKnown)
        {
            return this;
        }

        var exactSet = new HashSet<string>(exactForms, StringComparer.Ordinal);
        var variants = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (name, _) in set.TypoTargets)
        {
            var lower = name.ToLowerInvariant();
            if (lower.Length <= TypoVariantMaximumLength)
            {
                AddVariants(lower, variants);
            }
        }

        variants.ExceptWith(exactSet);
        foreach (var variant in variants)
        {
            added.Add(new RememberedForm(hasher.Hash(variant), IdentifierType.Client, 0, true));
        }

        return With(added);
    }

    /// <summary>This memory plus <paramref name="added"/> (forms already held are not repeated).</summary>
    internal RedactionMemory With(IEnumerable<RememberedForm> added)
    {
        var forms = new List<RememberedForm>(_forms);
        var known = new HashSet<RememberedForm>(_known);
        foreach (var form in added)
        {
            if (known.Add(form))
            {
                forms.Add(form);
            }
        }

        return forms.Count == _forms.Count ? this : new RedactionMemory(_key, forms);
    }

    /// <summary>The exact form with this hash (a Client form wins over others), if any.</summary>
    internal RememberedForm? FindExact(string hash) => _exact.GetValueOrDefault(hash);

    /// <summary>The typo variant of a declared name with this hash, if any.</summary>
    internal RememberedForm? FindTypo(string hash) => _typos.GetValueOrDefault(hash);

    /// <summary>The remembered tag number of a form of this type, or 0.</summary>
    internal int NumberOf(IdentifierType type, string hash) => _numbers.GetValueOrDefault((type, hash));

    /// <summary>The highest tag number remembered for this type, or 0.</summary>
    internal int HighestNumber(IdentifierType type) => _highest.GetValueOrDefault(type);

    internal bool Holds(RememberedForm form) => _known.Contains(form);

    private void Index(RememberedForm form)
    {
        if (form.IsTypoVariant)
        {
            _typos.TryAdd(form.Hash, form);
            return;
        }

        // As with declared names, the client wins a form shared with someone else; otherwise the first stays.
        if (!_exact.TryGetValue(form.Hash, out var existing) || (form.Type == IdentifierType.Client && existing.Type != IdentifierType.Client))
        {
            _exact[form.Hash] = form;
        }

        if (form.Number > 0)
        {
            _numbers.TryAdd((form.Type, form.Hash), form.Number);
            _highest[form.Type] = Math.Max(_highest.GetValueOrDefault(form.Type), form.Number);
        }
    }

    private static void AddVariants(string name, SortedSet<string> variants)
    {
        for (var i = 0; i < name.Length; i++)
        {
            variants.Add(string.Concat(name.AsSpan(0, i), name.AsSpan(i + 1)));
            if (i + 1 < name.Length)
            {
                variants.Add(string.Concat(name.AsSpan(0, i), [name[i + 1], name[i]], name.AsSpan(i + 2)));
            }

            foreach (var letter in Letters)
            {
                if (letter != name[i])
                {
                    variants.Add(string.Concat(name.AsSpan(0, i), [letter], name.AsSpan(i + 1)));
                }
            }
        }

        for (var i = 0; i <= name.Length; i++)
        {
            foreach (var letter in Letters)
            {
                variants.Add(string.Concat(name.AsSpan(0, i), [letter], name.AsSpan(i)));
            }
        }
    }

    private static byte[] CheckedKey(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < FormHasher.MinimumKeyBytes)
        {
            throw new ArgumentException($"The key must be at least {FormHasher.MinimumKeyBytes} bytes.", nameof(key));
        }

        return (byte[])key.Clone();
    }

    private static void Validate(RememberedForm form)
    {
        ArgumentNullException.ThrowIfNull(form, nameof(form));
        if (form.Hash is null || form.Hash.Length != FormHasher.HexLength || form.Hash.AsSpan().ContainsAnyExcept(HexDigits))
        {
            throw new ArgumentException("A remembered form's hash must be 32 lower-case hex characters.", nameof(form));
        }

        if (!Enum.IsDefined(form.Type) || form.Number < 0)
        {
            throw new ArgumentException("A remembered form has an unknown type or a negative number.", nameof(form));
        }
    }
}
