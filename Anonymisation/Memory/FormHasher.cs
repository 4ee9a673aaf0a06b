using System.Security.Cryptography;
using System.Text;

namespace SupervisionBot.Anonymisation.Memory;

/// <summary>
/// Keyed hashes of name forms for one call: one HMAC instance, reused for every word. Forms are lower-cased
/// (invariant) with curly apostrophes made straight before hashing, so "Tom", "TOM" and "tom" hash alike.
/// </summary>
internal sealed class FormHasher : IDisposable
{
    public const int MinimumKeyBytes = 32;
    public const int HexLength = 32;
    private const int StackLimit = 256;

    private readonly HMACSHA256 _hmac;

    public FormHasher(byte[] key)
    {
        _hmac = new HMACSHA256(key);
    }

    public string Hash(ReadOnlySpan<char> form)
    {
        Span<char> lower = form.Length <= StackLimit ? stackalloc char[form.Length] : new char[form.Length];
        form.ToLowerInvariant(lower);
        lower.Replace('’', '\'');
        var byteCount = Encoding.UTF8.GetByteCount(lower);
        Span<byte> bytes = byteCount <= StackLimit * 3 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(lower, bytes);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (!_hmac.TryComputeHash(bytes, mac, out _))
        {
            throw new CryptographicException("HMAC-SHA256 did not produce a hash.");
        }

        return Convert.ToHexStringLower(mac[..(HexLength / 2)]);
    }

    public void Dispose() => _hmac.Dispose();
}
