using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>
/// Serves the token issuer's OpenID metadata over HTTPS on loopback. The SDK fetches it with
/// its own static HttpClient, which insists on HTTPS and a trusted certificate, so a throwaway
/// certificate authority is trusted for this user while the server runs, then removed.
/// </summary>
internal sealed class TokenIssuerServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly X509Certificate2 _authority;
    private readonly X509Certificate2 _certificate;

    private TokenIssuerServer(WebApplication app, X509Certificate2 authority, X509Certificate2 certificate, Uri metadataUrl, BotFrameworkTokens tokens)
    {
        _app = app;
        Tokens = tokens;
        _authority = authority;
        _certificate = certificate;
        MetadataUrl = metadataUrl;
    }

    public Uri MetadataUrl { get; }

    public BotFrameworkTokens Tokens { get; }

    public static async Task<TokenIssuerServer> StartAsync()
    {
        var tokens = new BotFrameworkTokens();
        var (authority, certificate) = CreateCertificates();
        Trust(authority, add: true);

        Uri? metadataUrl = null;
        var (app, address) = await LoopbackServer.StartAsync(
            app => app.MapGet("/{**path}", (HttpRequest request) =>
            {
                var url = new Uri($"https://localhost:{request.Host.Port}{request.Path}");
                return tokens.Document(url, metadataUrl!) is { } document
                    ? Results.Content(document.ToJsonString(), "application/json")
                    : Results.NotFound();
            }),
            listen => listen.UseHttps(certificate));
        metadataUrl = new Uri($"https://localhost:{address.Port}/v1/.well-known/openidconfiguration");
        return new TokenIssuerServer(app, authority, certificate, metadataUrl, tokens);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Trust(_authority, add: false);
        _authority.Dispose();
        _certificate.Dispose();
        Tokens.Dispose();
    }

    /// <summary>A throwaway certificate authority and a localhost certificate it signs.</summary>
    private static (X509Certificate2 Authority, X509Certificate2 Server) CreateCertificates()
    {
        var now = DateTimeOffset.UtcNow;
        using var authorityKey = RSA.Create(2048);
        var authorityRequest = new CertificateRequest("CN=SupervisionBot test issuer", authorityKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        authorityRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, false, 0, critical: true));
        authorityRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        authorityRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(authorityRequest.PublicKey, critical: false));
        using var authority = authorityRequest.CreateSelfSigned(now.AddMinutes(-5), now.AddHours(2));

        using var serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("CN=localhost", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, false, 0, critical: true));
        serverRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        serverRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        using var signed = serverRequest.Create(authority, now.AddMinutes(-4), now.AddHours(1), [1, 2, 3, 4, 5, 6, 7, 8]);
        using var withKey = signed.CopyWithPrivateKey(serverKey);
        var server = X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pfx), password: null);
        return (X509CertificateLoader.LoadCertificate(authority.RawData), server);
    }

    private static void Trust(X509Certificate2 certificate, bool add)
    {
        using var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        if (add)
        {
            store.Add(certificate);
        }
        else
        {
            store.Remove(certificate);
        }
    }
}
