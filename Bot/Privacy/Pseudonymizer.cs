using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace SupervisionBot.Bot.Privacy;

/// <summary>
/// Turns Teams identifiers into pseudonyms: HMAC-SHA256 under a secret key, as lower-case hex.
/// The same input and key always give the same pseudonym; without the key it cannot be reversed
/// or recomputed. Each kind of identifier has its own domain label, so a user id and a
/// conversation id that happen to be equal never share a pseudonym.
/// </summary>
internal sealed class Pseudonymizer
{
    private readonly byte[] _key;

    public Pseudonymizer(IOptions<PseudonymOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Validation at start-up already refused a bad key; this guards direct construction.
        _key = options.Value.TryDecodeKey()
            ?? throw new InvalidOperationException(
                $"{PseudonymOptions.PseudonymKeyPath} must be base64 of at least {PseudonymOptions.MinimumKeyBytes} bytes.");
    }

    /// <summary>A person, by tenant and Entra (AAD) object id. Both are GUIDs, so case does not matter.</summary>
    public string ForUser(string tenantId, string aadObjectId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        return Hash("user", tenantId.Trim().ToLowerInvariant(), aadObjectId.Trim().ToLowerInvariant());
    }

    /// <summary>A chat, channel or meeting, by tenant and Teams conversation id (compared exactly).</summary>
    public string ForConversation(string tenantId, string conversationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        return Hash("conversation", tenantId.Trim().ToLowerInvariant(), conversationId);
    }

    /// <summary>A Bot Builder state key such as <c>msteams/conversations/&lt;id&gt;</c>, compared exactly.</summary>
    public string ForStateKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return Hash("state-key", key);
    }

    /// <summary>
    /// A key for one purpose (such as fingerprinting declared names), derived from the pseudonym
    /// key so there is one secret to manage, and separate so one use never reveals another.
    /// </summary>
    public byte[] DerivedKey(string purpose)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        return HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes("derived-key\n" + purpose));
    }

    private string Hash(string domain, params ReadOnlySpan<string> parts)
    {
        // Length-prefixed parts, so ("ab", "c") and ("a", "bc") never collide.
        var builder = new StringBuilder(domain);
        foreach (var part in parts)
        {
            builder.Append('\n').Append(part.Length).Append(':').Append(part);
        }

        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(builder.ToString()));
        return Convert.ToHexStringLower(mac);
    }
}
