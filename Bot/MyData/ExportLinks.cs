using System.Security.Cryptography;
using System.Text;

namespace SupervisionBot.Bot.MyData;

/// <summary>
/// One-time, short-lived download links for a therapist's export. The token is 256 random bits;
/// the store keeps only its SHA-256 hash, shared by every instance, so the download works
/// wherever it lands. It opens one download, within <see cref="Lifetime"/>, and is then gone.
/// </summary>
internal sealed class ExportLinks(IExportLinkStore store, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public async Task<string> IssueAsync(string author, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await store.DeleteExpiredAsync(now, cancellationToken);
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        await store.SaveAsync(Hash(token), new ExportLinkRecord(author, now + Lifetime), cancellationToken);
        return token;
    }

    /// <summary>The author the token was issued for, once; null if unknown, used or expired.</summary>
    public async Task<string?> RedeemAsync(string token, CancellationToken cancellationToken)
    {
        // Anything that is not a token we could have issued is not looked up at all.
        if (token.Length != 64 || !token.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var link = await store.TakeAsync(Hash(token), cancellationToken);
        return link is not null && link.Expires > time.GetUtcNow() ? link.Author : null;
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
}
