using System.IdentityModel.Tokens.Jwt;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Rest;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>
/// Plays the Bot Framework's outgoing credentials: for each (app id, audience) it issues signed
/// tokens for that audience, kept until they expire on the given clock and then fetched anew,
/// as the SDK's app credentials do. Incoming requests are not authenticated (as in development).
/// </summary>
internal sealed class TestTokenCredentials(TimeProvider time) : ServiceClientCredentialsFactory, IDisposable
{
    public const string Issuer = "https://login.test.example/";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly RSA _key = RSA.Create(2048);
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _audiences = new();
    private int _issued;

    /// <summary>The audiences credentials were asked for, in order.</summary>
    public IReadOnlyList<string> Audiences => [.. _audiences];

    /// <summary>How many tokens have been issued so far.</summary>
    public int Issued => _issued;

    public SecurityKey ValidationKey => new RsaSecurityKey(_key.ExportParameters(includePrivateParameters: false));

    public override Task<bool> IsValidAppIdAsync(string appId, CancellationToken cancellationToken) => Task.FromResult(true);

    public override Task<bool> IsAuthenticationDisabledAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    public override Task<ServiceClientCredentials> CreateCredentialsAsync(string appId, string audience, string loginEndpoint, bool validateAuthority, CancellationToken cancellationToken)
    {
        _audiences.Enqueue(audience);
        return Task.FromResult<ServiceClientCredentials>(new Credentials(this, audience));
    }

    /// <summary>The token's claims when it is signed by this issuer, for <paramref name="audience"/>, and unexpired; otherwise null.</summary>
    public ClaimsPrincipal? Validate(string authorization, string audience)
    {
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return new JwtSecurityTokenHandler().ValidateToken(authorization["Bearer ".Length..], new TokenValidationParameters
            {
                ValidIssuer = Issuer,
                ValidAudience = audience,
                IssuerSigningKey = ValidationKey,
                LifetimeValidator = (notBefore, expires, _, _) => notBefore <= time.GetUtcNow().UtcDateTime && time.GetUtcNow().UtcDateTime < expires,
            }, out _);
        }
        catch (SecurityTokenException)
        {
            return null;
        }
    }

    public void Dispose() => _key.Dispose();

    private string Issue(string audience)
    {
        var serial = Interlocked.Increment(ref _issued);
        var now = time.GetUtcNow().UtcDateTime;
        var token = new JwtSecurityToken(
            issuer: Issuer,
            audience: audience,
            claims: [new Claim("serial", serial.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            notBefore: now.AddSeconds(-1),
            expires: now + Lifetime,
            signingCredentials: new SigningCredentials(new RsaSecurityKey(_key), SecurityAlgorithms.RsaSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    private sealed class Credentials(TestTokenCredentials issuer, string audience) : ServiceClientCredentials
    {
        private readonly Lock _gate = new();
        private (string Token, DateTimeOffset Expires)? _current;

        public override Task ProcessHttpRequestAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                var now = issuer.Now;
                if (_current is not { } current || current.Expires <= now)
                {
                    _current = current = (issuer.Issue(audience), now + Lifetime);
                }

                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", current.Token);
            }

            return Task.CompletedTask;
        }
    }

    private DateTimeOffset Now => time.GetUtcNow();
}
