using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Hosting;

public class OptionsValidationTests
{
    [Theory]
    [InlineData("MicrosoftAppId", "not-a-guid", "MicrosoftAppId must be the bot's Microsoft App ID")]
    [InlineData("MicrosoftAppType", "Everyone", "MicrosoftAppType must be one of")]
    [InlineData("SupervisionBot:PrivacyUrl", "http://insecure.example/privacy", "SupervisionBot:PrivacyUrl must be an absolute https URL")]
    [InlineData("SupervisionBot:TermsUrl", "/relative", "SupervisionBot:TermsUrl must be an absolute https URL")]
    [InlineData("SupervisionBot:MaxMessageLength", "5", "MaxMessageLength")]
    public void BadSetting_StopsStartUp_WithAMessageNamingIt(string key, string value, string expected)
    {
        using var factory = new BotApplicationFactory()
            .WithSetting("MicrosoftAppPassword", key == "MicrosoftAppId" ? "secret" : string.Empty)
            .WithSetting(key, value);

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void AppIdWithoutSecret_StopsStartUp()
    {
        using var factory = new BotApplicationFactory().WithSetting("MicrosoftAppId", Guid.NewGuid().ToString());

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("MicrosoftAppPassword is required", error.Message);
    }

    [Fact]
    public void SingleTenantWithoutTenant_StopsStartUp()
    {
        using var factory = new BotApplicationFactory()
            .WithSetting("MicrosoftAppType", "SingleTenant")
            .WithSetting("MicrosoftAppId", Guid.NewGuid().ToString())
            .WithSetting("MicrosoftAppPassword", "secret");

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("MicrosoftAppTenantId", error.Message);
    }

    [Fact]
    public void ProductionWithoutAppId_RefusesToRunUnauthenticated()
    {
        using var factory = new BotApplicationFactory().WithEnvironment("Production");

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("MicrosoftAppId is empty", error.Message);
    }

    [Fact]
    public void ManagedIdentity_NeedsNoSecret()
    {
        using var factory = new BotApplicationFactory()
            .WithEnvironment("Production")
            .WithSetting("MicrosoftAppType", "UserAssignedMSI")
            .WithSetting("MicrosoftAppId", Guid.NewGuid().ToString())
            .WithSetting("MicrosoftAppTenantId", Guid.NewGuid().ToString());

        using var client = factory.CreateClient();

        Assert.NotNull(client);
    }
}
