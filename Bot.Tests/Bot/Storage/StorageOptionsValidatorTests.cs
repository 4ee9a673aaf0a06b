using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Tests.Bot.Storage;

public sealed class StorageOptionsValidatorTests
{
    private const string Azurite = "UseDevelopmentStorage=true";

    private readonly StorageOptionsValidator _validator = new();

    [Fact]
    public void Validate_NothingConfigured_SucceedsForLocalFolder()
    {
        Assert.True(_validator.Validate(null, new StorageOptions()).Succeeded);
    }

    [Fact]
    public void Validate_ConnectionStringOnly_Succeeds()
    {
        Assert.True(_validator.Validate(null, new StorageOptions { ConnectionString = Azurite }).Succeeded);
    }

    [Fact]
    public void Validate_HttpsAccountUrlOnly_Succeeds()
    {
        var options = new StorageOptions { AccountUrl = "https://supervisionbot.blob.core.windows.net" };

        Assert.True(_validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_BothConnectionStringAndAccountUrl_FailsNamingBoth()
    {
        var options = new StorageOptions { ConnectionString = Azurite, AccountUrl = "https://supervisionbot.blob.core.windows.net" };

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Storage:ConnectionString", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Storage:AccountUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://supervisionbot.blob.core.windows.net")]
    [InlineData("supervisionbot.blob.core.windows.net")]
    [InlineData("/relative/path")]
    [InlineData("not a url")]
    public void Validate_AccountUrlNotAbsoluteHttps_FailsNamingSetting(string accountUrl)
    {
        var result = _validator.Validate(null, new StorageOptions { AccountUrl = accountUrl });

        Assert.True(result.Failed);
        Assert.Contains("Storage:AccountUrl must be an absolute https URL", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MalformedConnectionString_FailsWithoutRepeatingIt()
    {
        const string secretLooking = "AccountName=x;AccountKey=c2VjcmV0LXZhbHVl;Garbage";

        var result = _validator.Validate(null, new StorageOptions { ConnectionString = secretLooking });

        Assert.True(result.Failed);
        Assert.Contains("Storage:ConnectionString is not a valid", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0LXZhbHVl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bot-State")]
    [InlineData("ab")]
    [InlineData("bot--state")]
    [InlineData("-bot-state")]
    [InlineData("bot-state-")]
    [InlineData("bot_state")]
    [InlineData("")]
    public void Validate_InvalidContainerName_FailsNamingSetting(string container)
    {
        var options = new StorageOptions { Containers = new StorageContainerOptions { State = container } };

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Storage:Containers:State", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_AreBotStateContainerAndDataFolder()
    {
        var options = new StorageOptions();

        Assert.Equal("bot-state", options.Containers.State);
        Assert.Equal(".data", options.LocalFolder);
    }
}
