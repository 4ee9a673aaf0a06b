using System.Net;
using System.Text.Json.Nodes;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.MyData;
using SupervisionBot.Cards.Reflection;

namespace SupervisionBot.Bot.Tests.Bot.MyData;

/// <summary>A therapist sees, downloads and deletes their reflections, through the real host.</summary>
public class MyDataTests
{
    [Fact]
    public async Task MyReflections_ListsWhatWasConfirmed_WithoutWhatWasWritten()
    {
        await using var host = await BotTestHost.StartAsync();
        await ConfirmQuickCheckInAsync(host, "Ottoline and I found our rhythm again.");

        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "my reflections"));

        var list = host.SentCards()[^1];
        Assert.Equal("Your reflections", BotTestHost.Heading(list));
        var text = BotTestHost.Text(list);
        Assert.Contains("Quick check-in", text, StringComparison.Ordinal);
        Assert.Contains("Only you", text, StringComparison.Ordinal);
        Assert.DoesNotContain("rhythm", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_GivesAOneTimeLink_ToAMarkdownCopyOfTheAnonymisedReflections()
    {
        await using var host = await BotTestHost.StartAsync();
        await ConfirmQuickCheckInAsync(host, "Ottoline and I found our rhythm again.");

        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "export"));
        var card = host.SentCards()[^1];
        var link = new Uri((string)CardPresses.Buttons(card).Single(b => (string?)b["type"] == "Action.OpenUrl")["url"]!);

        var download = await host.Client.GetAsync(link.PathAndQuery);
        var markdown = await download.Content.ReadAsStringAsync();
        var again = await host.Client.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.StartsWith("text/markdown", download.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Contains("# My supervision reflections", markdown, StringComparison.Ordinal);
        Assert.Contains("[PERSON-1] and I found our rhythm again.", markdown, StringComparison.Ordinal);
        Assert.Contains("Only me", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Ottoline", markdown, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Export_WithAnUnknownToken_IsNotFound()
    {
        await using var host = await BotTestHost.StartAsync();

        var response = await host.Client.GetAsync("/export/" + new string('a', 64));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Delete_AsksFirst_ThenDeletesOnlyThatReflection()
    {
        await using var host = await BotTestHost.StartAsync();
        await ConfirmQuickCheckInAsync(host, "First.");
        await ConfirmQuickCheckInAsync(host, "Second.");
        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "delete"));
        var list = host.SentCards()[^1];

        var ask = await CardPresses.InvokeAsync(host, list, MyDataVerbs.Delete);
        var confirm = host.SentCards()[^1];
        Assert.Equal(200, (int?)ask["statusCode"]);
        Assert.Equal("Delete this reflection?", BotTestHost.Heading(confirm));
        var done = await CardPresses.PressAsync(host, confirm, MyDataVerbs.DeleteConfirmed);
        Assert.Equal("Reflection deleted", BotTestHost.Heading(done));

        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "my reflections"));
        var after = host.SentCards()[^1];
        Assert.Single(CardPresses.Buttons(after), b => (string?)b["verb"] == MyDataVerbs.Delete);

        // The same confirmation pressed again finds nothing to delete and says so.
        var twice = await CardPresses.PressAsync(host, confirm, MyDataVerbs.DeleteConfirmed);
        Assert.Equal("Already gone", BotTestHost.Heading(twice));
    }

    [Fact]
    public async Task ForgetMe_AfterConfirmation_DeletesEverything()
    {
        await using var host = await BotTestHost.StartAsync();
        await ConfirmQuickCheckInAsync(host, "First.");
        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "reflect"));
        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "forget me"));
        var ask = host.SentCards()[^1];
        Assert.Equal("Delete everything I hold about you?", BotTestHost.Heading(ask));

        var done = await CardPresses.PressAsync(host, ask, MyDataVerbs.ForgetConfirmed);

        Assert.Equal("Everything is deleted", BotTestHost.Heading(done));
        Assert.Contains("1 saved reflection", BotTestHost.Text(done), StringComparison.Ordinal);
        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "my reflections"));
        Assert.Contains("no saved reflections", BotTestHost.Text(host.SentCards()[^1]), StringComparison.Ordinal);
        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "resume"));
        Assert.Equal("Nothing to resume", BotTestHost.Heading(host.SentCards()[^1]));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(host.Factory.DataFolder, "reflections"), "*.json", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task ForgetMe_KeepMyData_ChangesNothing()
    {
        await using var host = await BotTestHost.StartAsync();
        await ConfirmQuickCheckInAsync(host, "First.");
        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "forget me"));

        var kept = await CardPresses.PressAsync(host, host.SentCards()[^1], MyDataVerbs.Cancel);

        Assert.Equal("Nothing deleted", BotTestHost.Heading(kept));
        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "my reflections"));
        Assert.Single(CardPresses.Buttons(host.SentCards()[^1]), b => (string?)b["verb"] == MyDataVerbs.Delete);
    }

    private static async Task ConfirmQuickCheckInAsync(BotTestHost host, string sentence)
    {
        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "quick"));
        var card = host.SentCards()[^1];
        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Next, new Dictionary<string, string> { ["howTheWorkSits"] = "4" });
        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Next, new Dictionary<string, string> { ["oneSentence"] = sentence });
        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Next, new Dictionary<string, string> { ["sharing"] = "private" });
        Assert.Equal("Check your reflection", BotTestHost.Heading(card));
        var confirmed = await CardPresses.PressAsync(host, card, ReflectionVerbs.Confirm);
        Assert.Equal("Thank you, your reflection is saved", BotTestHost.Heading(confirmed));
    }
}
