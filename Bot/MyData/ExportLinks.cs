using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SupervisionBot.Bot.MyData;

/// <summary>
/// One-time, short-lived download links for a therapist's export. The token is 256 random bits,
/// kept only in memory: it opens one download, within <see cref="Lifetime"/>, and is then gone.
/// </summary>
internal sealed class ExportLinks(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, (string Author, DateTimeOffset Expires)> _links = new(StringComparer.Ordinal);

    public string Issue(string author)
    {
        Sweep();
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        _links[token] = (author, time.GetUtcNow() + Lifetime);
        return token;
    }

    /// <summary>The author the token was issued for, once; null if unknown, used or expired.</summary>
    public string? Redeem(string token) =>
        _links.TryRemove(token, out var link) && link.Expires > time.GetUtcNow() ? link.Author : null;

    private void Sweep()
    {
        var now = time.GetUtcNow();
        foreach (var (token, link) in _links)
        {
            if (link.Expires <= now)
            {
                _links.TryRemove(token, out _);
            }
        }
    }
}
