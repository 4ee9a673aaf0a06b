using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SupervisionBot.Bot.Connector;

/// <summary>
/// The SDK's <see cref="UserTokenClient"/>, built the first time it is used. The adapter asks for
/// one on every turn (for OAuth sign-in, which this bot does not use), and building it builds a
/// token API client with its own serializer settings, user agent and regular expressions: about
/// a twentieth of a card action's CPU, for nothing. Any call still reaches the real client, made
/// then with the turn's identity, and disposing this disposes it.
/// </summary>
internal sealed class LazyUserTokenClient(Func<CancellationToken, Task<UserTokenClient>> create) : UserTokenClient
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private UserTokenClient? _client;

    public static LazyUserTokenClient For(BotFrameworkAuthentication inner, ClaimsIdentity identity) =>
        new(ct => inner.CreateUserTokenClientAsync(identity, ct));

    /// <summary>True once a call needed the real client.</summary>
    internal bool WasCreated => _client is not null;

    public override async Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken).ConfigureAwait(false);

    public override async Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken).ConfigureAwait(false);

    public override async Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).SignOutUserAsync(userId, connectionName, channelId, cancellationToken).ConfigureAwait(false);

    public override async Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken).ConfigureAwait(false);

    public override async Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken).ConfigureAwait(false);

    public override async Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken).ConfigureAwait(false);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _client?.Dispose();
            _gate.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task<UserTokenClient> ClientAsync(CancellationToken cancellationToken)
    {
        if (_client is { } client)
        {
            return client;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _client ??= await create(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }
}
