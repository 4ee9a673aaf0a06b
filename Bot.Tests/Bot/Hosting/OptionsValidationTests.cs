using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Hosting;

namespace SupervisionBot.Bot.Tests.Bot.Hosting;

/// <summary>
/// Settings are checked when the host starts, and a bad one stops it with a message naming it.
/// The real host is built and started directly: WebApplicationFactory races with a host that
/// fails to start.
/// </summary>
public class OptionsValidationTests
{
    [Theory]
    [InlineData("MicrosoftAppId", "not-a-guid", "MicrosoftAppId must be the bot's Microsoft App ID")]
    [InlineData("MicrosoftAppType", "Everyone", "MicrosoftAppType must be one of")]
    [InlineData("SupervisionBot:PrivacyUrl", "http://insecure.example/privacy", "SupervisionBot:PrivacyUrl must be an absolute https URL")]
    [InlineData("SupervisionBot:TermsUrl", "/relative", "SupervisionBot:TermsUrl must be an absolute https URL")]
    [InlineData("SupervisionBot:MaxMessageLength", "5", "MaxMessageLength")]
    [InlineData("SupervisionBot:PublicBaseUrl", "http://bot.example/", "SupervisionBot:PublicBaseUrl must be an absolute https URL")]
    [InlineData("Proactive:KeepSentFor", "30.00:00:00", "Proactive:KeepSentFor must be at least 57 days")]
    public async Task BadSetting_StopsStartUp_WithAMessageNamingIt(string key, string value, string expected)
    {
        var password = key == "MicrosoftAppId" ? "secret" : string.Empty;

        var error = await StartAsync("Development", ($"--MicrosoftAppPassword={password}"), $"--{key}={value}");

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public async Task AppIdWithoutSecret_StopsStartUp()
    {
        var error = await StartAsync("Development", $"--MicrosoftAppId={Guid.NewGuid()}");

        Assert.Contains("MicrosoftAppPassword is required", error.Message);
    }

    [Fact]
    public async Task SingleTenantWithoutTenant_StopsStartUp()
    {
        var error = await StartAsync("Development", "--MicrosoftAppType=SingleTenant", $"--MicrosoftAppId={Guid.NewGuid()}", "--MicrosoftAppPassword=secret");

        Assert.Contains("MicrosoftAppTenantId", error.Message);
    }

    [Fact]
    public async Task ProductionWithoutAppId_RefusesToRunUnauthenticated()
    {
        var error = await StartAsync("Production", "--SupervisionBot:PublicBaseUrl=https://bot.example/");

        Assert.Contains("MicrosoftAppId is empty", error.Message);
    }

    [Fact]
    public async Task ProductionWithoutPublicBaseUrl_StopsStartUp_NamingIt()
    {
        var error = await StartAsync(
            "Production",
            "--MicrosoftAppType=UserAssignedMSI",
            $"--MicrosoftAppId={Guid.NewGuid()}",
            $"--MicrosoftAppTenantId={Guid.NewGuid()}");

        Assert.Contains("SupervisionBot:PublicBaseUrl is required outside Development", error.Message);
    }

    [Fact]
    public async Task ManagedIdentityInProduction_NeedsNoSecret_AndStarts()
    {
        await using var app = Create(
            "Production",
            "--MicrosoftAppType=UserAssignedMSI",
            $"--MicrosoftAppId={Guid.NewGuid()}",
            $"--MicrosoftAppTenantId={Guid.NewGuid()}",
            "--SupervisionBot:PublicBaseUrl=https://bot.example/");

        await app.StartAsync();
        await app.StopAsync();
    }

    private static async Task<OptionsValidationException> StartAsync(string environment, params string[] settings)
    {
        await using var app = Create(environment, settings);
        return await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
    }

    private static Microsoft.AspNetCore.Builder.WebApplication Create(string environment, params string[] settings) =>
        BotApplication.Create([$"--environment={environment}", "--urls=http://127.0.0.1:0", .. settings]);
}
