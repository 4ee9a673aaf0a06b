using System.Net;
using System.Text;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Bot.Endpoints;

public class BotEndpointsTests
{
    [Fact]
    public async Task Healthz_WhenRunning_ReturnsHealthy()
    {
        await using var host = await BotTestHost.StartAsync();

        var response = await host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"text\":\"no type\"}")]
    public async Task Messages_MalformedBody_Returns400(string body)
    {
        await using var host = await BotTestHost.StartAsync();

        var response = await host.Client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Connector.Sent);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("event")]
    [InlineData("messageReaction")]
    [InlineData("somethingNew")]
    public async Task Messages_ActivityTypeTheBotDoesNotHandle_Returns200AndNoReply(string type)
    {
        await using var host = await BotTestHost.StartAsync();

        var response = await host.PostAsync(TeamsActivities.Of(type, host.ServiceUrl));

        Assert.True(response.IsSuccessStatusCode, $"status {response.StatusCode}");
        Assert.Empty(host.Connector.Sent);
    }

    [Fact]
    public async Task Messages_BodyLargerThanTheCap_Returns413WithoutProcessing()
    {
        await using var host = await BotTestHost.StartAsync();
        var activity = TeamsActivities.Message(host.ServiceUrl, new string('x', 600_000));

        var response = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Connector.Sent);
    }
}
