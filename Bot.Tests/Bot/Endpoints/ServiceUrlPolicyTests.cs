using SupervisionBot.Bot.Endpoints;
using SupervisionBot.Bot.Hosting;

namespace SupervisionBot.Bot.Tests.Bot.Endpoints;

public class ServiceUrlPolicyTests
{
    private static readonly ServiceUrlPolicy Production = new(SupervisionBotOptions.TeamsConnectorHosts, AllowLoopback: false);

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://SMBA.trafficmanager.net/uk/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/")]
    public void Refusal_TeamsConnectorInProduction_IsNone(string serviceUrl) =>
        Assert.Null(Production.Refusal(serviceUrl));

    [Theory]
    [InlineData("http://smba.trafficmanager.net/emea/")] // https only outside Development
    [InlineData("https://smba.trafficmanager.net.evil.example/")]
    [InlineData("https://evilsmba.trafficmanager.net/")]
    [InlineData("https://user:pass@smba.trafficmanager.net/")]
    [InlineData("http://127.0.0.1:3978/")] // the bot itself, or anything on loopback
    [InlineData("http://localhost:56150/")]
    [InlineData("https://[::1]/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    public void Refusal_AnythingElseInProduction_IsGiven(string serviceUrl) =>
        Assert.NotNull(Production.Refusal(serviceUrl));

    [Fact]
    public void Refusal_LoopbackInDevelopment_IsNone() =>
        Assert.Null((Production with { AllowLoopback = true }).Refusal("http://127.0.0.1:56150/"));

    [Fact]
    public void Refusal_WildcardHost_MatchesSubdomainsOnly()
    {
        var policy = new ServiceUrlPolicy(["*.connector.example"], AllowLoopback: false);

        Assert.Null(policy.Refusal("https://emea.connector.example/"));
        Assert.NotNull(policy.Refusal("https://connector.example/"));
        Assert.NotNull(policy.Refusal("https://emea.connector.example.evil/"));
    }

    [Fact]
    public void Refusal_TokenClaim_MustNameTheSameServiceUrl()
    {
        var withToken = Production with { CheckToken = true, TokenServiceUrl = "https://smba.trafficmanager.net/emea/" };

        Assert.Null(withToken.Refusal("https://smba.trafficmanager.net/emea/"));
        Assert.Equal("serviceUrl is not the one the token names", withToken.Refusal("https://smba.trafficmanager.net/amer/"));
        Assert.Equal("the token names no serviceurl", (withToken with { TokenServiceUrl = null }).Refusal("https://smba.trafficmanager.net/emea/"));
    }
}
