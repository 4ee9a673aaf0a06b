using System.Net;
using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SupervisionBot.Bot.Connector;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Bot.Connector;

/// <summary>
/// Connector clients are reused across turns, one per app id, service URL and audience, and
/// every reply still carries a valid token, refreshed when it expires.
/// </summary>
public sealed class ConnectorClientReuseTests : IDisposable
{
    private const string Audience = "https://api.botframework.com";
    private const int StatusCodes429 = 429;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly TestTokenCredentials _credentials;

    public ConnectorClientReuseTests() => _credentials = new TestTokenCredentials(_time);

    [Fact]
    public async Task OneKey_SharesOneClient_EvenWhenAskedConcurrently()
    {
        var factory = Authentication().CreateConnectorFactory(Identity("app-1"));

        var clients = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => factory.CreateAsync("https://smba.example/emea/", Audience, default))));

        Assert.All(clients, client => Assert.Same(clients[0], client));
        Assert.Single(_credentials.Audiences);
    }

    [Fact]
    public async Task TwoServiceUrls_TwoAudiences_OrTwoAppIds_NeverShareAClient()
    {
        var authentication = Authentication();
        var factory = authentication.CreateConnectorFactory(Identity("app-1"));

        var first = await factory.CreateAsync("https://smba.example/emea/", Audience, default);
        var otherUrl = await factory.CreateAsync("https://smba.example/amer/", Audience, default);
        var otherAudience = await factory.CreateAsync("https://smba.example/emea/", "https://skill.example", default);
        var otherApp = await authentication.CreateConnectorFactory(Identity("app-2")).CreateAsync("https://smba.example/emea/", Audience, default);

        Assert.Equal(4, new HashSet<IConnectorClient>([first, otherUrl, otherAudience, otherApp], ReferenceEqualityComparer.Instance).Count);
        Assert.Equal(new Uri("https://smba.example/amer/"), otherUrl.BaseUri);
        Assert.Equal([Audience, Audience, "https://skill.example", Audience], _credentials.Audiences);
    }

    [Fact]
    public async Task TheAdapterDisposingItAtTheEndOfATurn_LeavesTheSharedClientWorking()
    {
        await using var connector = await RecordingConnector.StartAsync();
        var factory = Authentication().CreateConnectorFactory(Identity("app-1"));
        var client = await factory.CreateAsync(connector.ServiceUrl.ToString(), Audience, default);

        client.Dispose();
        var again = await factory.CreateAsync(connector.ServiceUrl.ToString(), Audience, default);
        await again.Conversations.SendToConversationAsync("a:personal-1", MessageFactory.Text("still here"));

        Assert.Same(client, again);
        Assert.NotNull(_credentials.Validate(Assert.Single(connector.Attempts).Authorization, Audience));
    }

    [Fact]
    public async Task Replies_ToTwoServiceUrls_CarryValidTokens_FromTwoClients_RefreshedWhenExpired()
    {
        await using var east = await RecordingConnector.StartAsync();
        await using var west = await RecordingConnector.StartAsync();
        await using var host = await BotTestHost.StartAsync(f => f.WithServices(s => s.AddSingleton<ServiceClientCredentialsFactory>(_credentials)));

        foreach (var connector in new[] { east, west, east })
        {
            Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(TeamsActivities.Message(connector.ServiceUrl, "help"))).StatusCode);
        }

        Assert.Equal(2, east.Attempts.Count);
        Assert.Single(west.Attempts);
        var audience = Assert.Single(_credentials.Audiences.Distinct());
        Assert.All(east.Attempts.Concat(west.Attempts), a => Assert.NotNull(_credentials.Validate(a.Authorization, audience)));
        Assert.Equal(2, host.Factory.Services.GetRequiredService<ConnectorClientCache>().Count);
        Assert.Equal(2, _credentials.Issued); // one token per client, reused while valid

        // Past the token's lifetime the same shared client fetches a new one.
        _time.Advance(TestTokenCredentials.Lifetime + TimeSpan.FromMinutes(1));
        Assert.Null(_credentials.Validate(east.Attempts[^1].Authorization, audience));
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(TeamsActivities.Message(east.ServiceUrl, "help"))).StatusCode);

        Assert.NotNull(_credentials.Validate(east.Attempts[^1].Authorization, audience));
        Assert.Equal(3, _credentials.Issued);
        Assert.Equal(2, host.Factory.Services.GetRequiredService<ConnectorClientCache>().Count);
    }

    [Fact]
    public async Task ConnectorRefusals_AreRetried_WaitingAsRetryAfterAsks_AndTheReplyArrivesOnce()
    {
        await using var connector = await RecordingConnector.StartAsync();
        await using var host = await BotTestHost.StartAsync();
        connector.Refuse(StatusCodes429, 503);

        var response = await host.PostAsync(TeamsActivities.Message(connector.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var attempts = connector.Attempts;
        Assert.Equal([StatusCodes429, 503, null], attempts.Select(a => a.RefusedWith));
        // Retry-After: 1 was honoured: the second attempt came at least a second after the first.
        Assert.True(TimeProvider.System.GetElapsedTime(attempts[0].Timestamp, attempts[1].Timestamp) >= TimeSpan.FromSeconds(0.95));
    }

    public void Dispose() => _credentials.Dispose();

    private CachingBotFrameworkAuthentication Authentication() => new(
        new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build(), credentialsFactory: _credentials),
        new ConnectorClientCache(_time));

    private static ClaimsIdentity Identity(string appId) => new([new Claim(AuthenticationConstants.AudienceClaim, appId)]);
}
