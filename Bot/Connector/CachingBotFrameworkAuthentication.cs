using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SupervisionBot.Bot.Connector;

/// <summary>
/// The SDK's authentication, unchanged, except that the connector factories it hands the adapter
/// (for replies and for proactive sends) reuse clients through the <see cref="ConnectorClientCache"/>,
/// and the user token client it makes for every turn is built only when used.
/// In Bot Framework 4.23 every turn otherwise builds a new <c>ConnectorClient</c> with new
/// serializer settings, and resolving their contracts again costs more than the rest of a turn.
/// </summary>
internal sealed class CachingBotFrameworkAuthentication(BotFrameworkAuthentication inner, ConnectorClientCache cache) : BotFrameworkAuthentication
{
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        Cached(await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false));

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        Cached(await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false));

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new CachingConnectorFactory(inner.CreateConnectorFactory(claimsIdentity), AppId(claimsIdentity), cache);

    // The adapter asks for one on every turn; it is built only if something uses it (see LazyUserTokenClient).
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(LazyUserTokenClient.For(inner, claimsIdentity));

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    private AuthenticateRequestResult Cached(AuthenticateRequestResult result)
    {
        if (result.ConnectorFactory is { } factory)
        {
            result.ConnectorFactory = new CachingConnectorFactory(factory, AppId(result.ClaimsIdentity), cache);
        }

        return result;
    }

    // The app id the SDK's own factory signs as: the token's audience, else its appid claim.
    private static string? AppId(ClaimsIdentity? identity) =>
        identity?.Claims.FirstOrDefault(c => c.Type == AuthenticationConstants.AudienceClaim)?.Value
        ?? identity?.Claims.FirstOrDefault(c => c.Type == AuthenticationConstants.AppIdClaim)?.Value;
}
