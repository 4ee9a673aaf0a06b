using Microsoft.Extensions.DependencyInjection;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Bot.Groups;

/// <summary>Whoever writes to the bot can be reached 1:1 later: the directory keeps their address fresh.</summary>
public sealed class SenderAddressTests
{
    [Theory]
    [InlineData("personal")]
    [InlineData("groupChat")]
    public async Task AMessage_RemembersTheSendersAddress_UnderTheirPseudonym(string where)
    {
        await using var host = await BotTestHost.StartAsync();
        var directory = host.Factory.Services.GetRequiredService<IGroupDirectory>();
        var person = host.Factory.Services.GetRequiredService<Pseudonymizer>().ForUser(TeamsActivities.TenantId, "11111111-1111-1111-1111-111111111111");
        Assert.Null(await directory.AddressOfAsync("msteams", person, CancellationToken.None));

        var message = where == "personal" ? TeamsActivities.Message(host.ServiceUrl, "help") : TeamsActivities.MentionMessage(host.ServiceUrl, "help");
        (await host.PostAsync(message)).EnsureSuccessStatusCode();

        Assert.Equal(
            new ProactiveAddress.Person("msteams", host.ServiceUrl.ToString(), TeamsActivities.TenantId, TeamsActivities.UserId),
            await directory.AddressOfAsync("msteams", person, CancellationToken.None));
    }

    [Fact]
    public async Task AMessageWithNoAadObjectId_RemembersNothing()
    {
        await using var host = await BotTestHost.StartAsync();
        var message = TeamsActivities.Message(host.ServiceUrl, "help");
        message["from"]!.AsObject().Remove("aadObjectId");
        var person = host.Factory.Services.GetRequiredService<Pseudonymizer>().ForUser(TeamsActivities.TenantId, TeamsActivities.UserId);

        (await host.PostAsync(message)).EnsureSuccessStatusCode();

        Assert.Null(await host.Factory.Services.GetRequiredService<IGroupDirectory>().AddressOfAsync("msteams", person, CancellationToken.None));
    }
}
