using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace SupervisionBot.Supervision.Digests;

/// <summary>
/// The questions a digest shows. When more were brought than fit, which ones are shown is decided by
/// a keyed hash of the reflection's id (not by time or author), keeping at most
/// <see cref="Capacity"/> in memory; those shown are listed in alphabetical order, so the order
/// says nothing about who wrote which or when.
/// </summary>
internal sealed class QuestionSelection(int capacity, string salt, int maxLength)
{
    private readonly byte[] _salt = Encoding.UTF8.GetBytes(salt);

    // Largest key on top, so the kept set is always the smallest keys seen.
    private readonly PriorityQueue<string, ulong> _kept = new(Comparer<ulong>.Create((a, b) => b.CompareTo(a)));

    public int Capacity => capacity;

    public int Brought { get; private set; }

    public void Add(Guid reflection, string question)
    {
        var text = question.Trim();
        if (text.Length == 0)
        {
            return;
        }

        Brought++;
        var key = Key(reflection);
        if (_kept.Count < capacity)
        {
            _kept.Enqueue(Shorten(text, maxLength), key);
        }
        else if (_kept.TryPeek(out _, out var largest) && key < largest)
        {
            _kept.DequeueEnqueue(Shorten(text, maxLength), key);
        }
    }

    public IReadOnlyList<string> Shown() =>
        [.. _kept.UnorderedItems.Select(item => item.Element).Order(StringComparer.OrdinalIgnoreCase).ThenBy(text => text, StringComparer.Ordinal)];

    public int NotShown => Brought - _kept.Count;

    /// <summary>Cuts a long text at a word boundary and marks the cut.</summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        return text[..(cut > maxLength / 2 ? cut : maxLength - 1)].TrimEnd() + "…";
    }

    private ulong Key(Guid reflection)
    {
        Span<byte> input = stackalloc byte[16];
        reflection.TryWriteBytes(input);
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_salt, input, hash);
        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }
}
