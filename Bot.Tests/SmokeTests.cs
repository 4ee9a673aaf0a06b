namespace SupervisionBot.Bot.Tests;

public class SmokeTests
{
    [Fact]
    public void Builds() => Assert.True(typeof(Microsoft.Bot.Builder.Teams.TeamsActivityHandler) is not null);
}
