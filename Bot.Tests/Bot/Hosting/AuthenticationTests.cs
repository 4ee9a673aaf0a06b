using System.Net;
using System.Net.Http.Headers;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Bot.Hosting;

/// <summary>
/// With an app id configured, the SDK's own authentication guards /api/messages. Only the
/// network is replaced: the token issuer's metadata comes from a local handler.
/// </summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private const string AppId = "6d3c8c4e-4a8e-4d1f-9d3b-2f1d7a0c5e11";

    private TokenIssuerServer _issuer = null!;

    private BotFrameworkTokens Tokens => _issuer.Tokens;

    public async Task InitializeAsync() => _issuer = await TokenIssuerServer.StartAsync();

    public async Task DisposeAsync() => await _issuer.DisposeAsync();

    [Fact]
    public async Task WithAppId_MissingAuthorizationHeader_Returns401()
    {
        await using var host = await StartAsync();

        var response = await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Connector.Sent);
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task WithAppId_MalformedToken_Returns401(string header)
    {
        await using var host = await StartAsync();

        var response = await SendAsync(host, header);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, host.Factory.Logs.AllText);
        Assert.Empty(host.Connector.Sent);
    }

    [Fact]
    public async Task WithAppId_WronglySignedToken_Returns401()
    {
        await using var host = await StartAsync();

        var response = await SendAsync(host, "Bearer " + Tokens.WronglySigned(AppId, host.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Connector.Sent);
    }

    [Fact]
    public async Task WithAppId_TokenForAnotherBot_Returns401()
    {
        await using var host = await StartAsync();

        var response = await SendAsync(host, "Bearer " + Tokens.Valid(Guid.NewGuid().ToString(), host.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task WithAppId_ValidToken_IsAccepted()
    {
        await using var host = await StartAsync();

        var response = await SendAsync(host, "Bearer " + Tokens.Valid(AppId, host.ServiceUrl));

        Assert.True(response.StatusCode == HttpStatusCode.OK, host.Factory.Logs.AllText);
    }

    [Fact]
    public async Task WithoutAppId_StartUpLogSaysLocalDevelopmentMode()
    {
        await using var host = await BotTestHost.StartAsync();

        await host.Client.GetAsync("/healthz");

        Assert.Contains(host.Factory.Logs.Entries, e => e.Message.Contains("Local development mode", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithAppId_StartUpLogSaysAuthenticationIsOn()
    {
        await using var host = await StartAsync();

        await host.Client.GetAsync("/healthz");

        Assert.DoesNotContain(host.Factory.Logs.Entries, e => e.Message.Contains("Local development mode", StringComparison.Ordinal));
        Assert.Contains(host.Factory.Logs.Entries, e => e.Message.Contains("authentication is on", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithAppId_TokenNamingAnotherServiceUrl_Returns400BeforeAnyTurn()
    {
        await using var host = await StartAsync();

        // Signed by the trusted key, but for a different connector than the activity names.
        var response = await SendAsync(host, "Bearer " + Tokens.Valid(AppId, new Uri("http://127.0.0.1:9/elsewhere/")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("serviceUrl is not the one the token names", await response.Content.ReadAsStringAsync());
        Assert.Empty(host.Connector.Sent);
    }

    private static async Task<HttpResponseMessage> SendAsync(BotTestHost host, string authorization)
    {
        // A typing activity needs no reply, so an accepted request never needs an outgoing token.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = TeamsActivities.Json(TeamsActivities.Of("typing", host.ServiceUrl)),
        };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await host.Client.SendAsync(request);
    }

    private Task<BotTestHost> StartAsync() => BotTestHost.StartAsync(f => f
        .WithSetting("MicrosoftAppId", AppId)
        .WithSetting("MicrosoftAppPassword", "test-secret-not-used")
        .WithSetting("MicrosoftAppType", "MultiTenant")
        // Naming any endpoint switches the SDK to a custom cloud, which then needs all of them:
        // these are the public cloud's values, except where the signing keys are published.
        .WithSetting("ToBotFromChannelOpenIdMetadataUrl", _issuer.MetadataUrl.ToString())
        .WithSetting("ToBotFromChannelTokenIssuer", BotFrameworkTokens.Issuer)
        .WithSetting("ToBotFromEmulatorOpenIdMetadataUrl", _issuer.MetadataUrl.ToString())
        .WithSetting("ToChannelFromBotLoginUrl", "https://login.microsoftonline.com/botframework.com")
        .WithSetting("ToChannelFromBotOAuthScope", "https://api.botframework.com")
        .WithSetting("OAuthUrl", "https://api.botframework.com")
        .WithSetting("CallerId", "urn:botframework:azure"));
}
