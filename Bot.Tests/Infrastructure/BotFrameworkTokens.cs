using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>
/// Plays the Bot Framework's token issuer for authentication tests: a signing key published
/// through an OpenID metadata document, served by an HTTP handler at the SDK's HttpClient seam.
/// </summary>
internal sealed class BotFrameworkTokens : IDisposable
{
    public const string Issuer = "https://api.botframework.com";

    private readonly RSA _trusted = RSA.Create(2048);
    private readonly RSA _stranger = RSA.Create(2048);
    private readonly string _keyId = "test-key-" + Guid.NewGuid().ToString("N");


    /// <summary>A token signed by the published key, as the Bot Framework would send.</summary>
    public string Valid(string appId, Uri serviceUrl) => Sign(_trusted, appId, serviceUrl);

    /// <summary>Same claims, same key id, but signed by a key nobody published.</summary>
    public string WronglySigned(string appId, Uri serviceUrl) => Sign(_stranger, appId, serviceUrl);

    public void Dispose()
    {
        _trusted.Dispose();
        _stranger.Dispose();
    }

    private string Sign(RSA key, string appId, Uri serviceUrl)
    {
        var credentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = _keyId }, SecurityAlgorithms.RsaSha256);
        var now = DateTime.UtcNow;
        var token = new JwtSecurityToken(
            issuer: Issuer,
            audience: appId,
            claims: [new Claim("serviceurl", serviceUrl.ToString())],
            notBefore: now.AddMinutes(-1),
            expires: now.AddMinutes(30),
            signingCredentials: credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    /// <summary>The OpenID metadata document and the key set, as the issuer publishes them.</summary>
    internal JsonNode? Document(Uri url, Uri metadataUrl)
    {
        var keysUrl = new Uri(metadataUrl, "keys");
        if (url == metadataUrl)
        {
            return new JsonObject
            {
                ["issuer"] = Issuer,
                ["jwks_uri"] = keysUrl.ToString(),
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            };
        }

        if (url == keysUrl)
        {
            var parameters = _trusted.ExportParameters(includePrivateParameters: false);
            return new JsonObject
            {
                ["keys"] = new JsonArray(new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = _keyId,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                    ["endorsements"] = new JsonArray("msteams"),
                }),
            };
        }

        return null;
    }
}
