using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using SupervisionBot.Bot.Connector;

namespace SupervisionBot.Bot.Tests.Bot.Connector;

/// <summary>The user token client the adapter asks for on every turn is built only when a call needs it, once, and disposed with the turn.</summary>
public sealed class LazyUserTokenClientTests
{
    [Fact]
    public void Unused_BuildsNothing()
    {
        var built = 0;
        using var lazy = new LazyUserTokenClient(_ => { built++; return Task.FromResult<UserTokenClient>(new RecordingClient()); });

        Assert.False(lazy.WasCreated);
        Assert.Equal(0, built);
    }

    [Fact]
    public async Task Used_BuildsTheRealClientOnce_AndEveryCallReachesIt()
    {
        var built = 0;
        var real = new RecordingClient();
        var lazy = new LazyUserTokenClient(_ => { built++; return Task.FromResult<UserTokenClient>(real); });

        var token = await lazy.GetUserTokenAsync("user", "connection", "msteams", null!, default);
        await lazy.SignOutUserAsync("user", "connection", "msteams", default);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => lazy.GetTokenStatusAsync("user", "msteams", null!, default)));

        Assert.Equal(1, built);
        Assert.Equal("token-for-connection", token.Token);
        Assert.Equal(["GetUserToken", "SignOutUser", .. Enumerable.Repeat("GetTokenStatus", 8)], real.Calls.ToArray());
        lazy.Dispose();
        Assert.True(real.Disposed);
    }

    private sealed class RecordingClient : UserTokenClient
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Calls { get; } = new();

        public bool Disposed { get; private set; }

        public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken)
        {
            Calls.Enqueue("GetUserToken");
            return Task.FromResult(new TokenResponse { Token = "token-for-" + connectionName });
        }

        public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken)
        {
            Calls.Enqueue("SignOutUser");
            return Task.CompletedTask;
        }

        public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken)
        {
            Calls.Enqueue("GetTokenStatus");
            return Task.FromResult(Array.Empty<TokenStatus>());
        }

        public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
