using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Reflection;

namespace SupervisionBot.Bot.Tests.Bot.MyData;

/// <summary>
/// An export link is built from the bot's own address, never from what the request claims:
/// a forged <c>Host</c> or <c>X-Forwarded-Host</c> must not redirect a therapist's download.
/// </summary>
public class ExportLinkHostTests
{
    private const string ForgedHost = "evil.example:8443";

    [Fact]
    public async Task Development_LinkComesFromTheBoundAddress_NotTheForgedHeaders()
    {
        await using var host = await BotTestHost.StartAsync();

        var link = await ExportLinkAsync(host);

        // The in-memory test server is bound to nothing, so the bound address is localhost.
        Assert.Equal("http://localhost/", link.GetLeftPart(UriPartial.Authority) + "/");
        Assert.StartsWith("/export/", link.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configured_LinkComesFromPublicBaseUrl_NotTheForgedHeaders()
    {
        await using var host = await BotTestHost.StartAsync(f => f.WithSetting("SupervisionBot:PublicBaseUrl", "https://bot.contoso.example/supervision"));

        var link = await ExportLinkAsync(host);

        Assert.StartsWith("https://bot.contoso.example/supervision/export/", link.AbsoluteUri, StringComparison.Ordinal);
    }

    private static async Task<Uri> ExportLinkAsync(BotTestHost host)
    {
        await ConfirmAsync(host);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = TeamsActivities.Json(TeamsActivities.Message(host.ServiceUrl, "export")),
        };
        request.Headers.Host = ForgedHost;
        request.Headers.Add("X-Forwarded-Host", ForgedHost);
        request.Headers.Add("X-Forwarded-Proto", "http");
        using var response = await host.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();

        var card = host.SentCards()[^1];
        var link = new Uri((string)CardPresses.Buttons(card).Single(b => (string?)b["type"] == "Action.OpenUrl")["url"]!);
        Assert.DoesNotContain("evil.example", link.AbsoluteUri, StringComparison.OrdinalIgnoreCase);
        return link;
    }

    private static async Task ConfirmAsync(BotTestHost host)
    {
        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "quick"));
        var card = host.SentCards()[^1];
        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Next, new Dictionary<string, string> { ["howTheWorkSits"] = "4" });
        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Next, new Dictionary<string, string> { ["oneSentence"] = "It went well." });
        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Next, new Dictionary<string, string> { ["sharing"] = "private" });
        await CardPresses.PressAsync(host, card, ReflectionVerbs.Confirm);
    }
}
