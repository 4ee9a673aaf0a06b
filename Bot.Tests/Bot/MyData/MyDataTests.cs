using System.Net;
using System.Text.Json.Nodes;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.MyData;
using SupervisionBot.Cards.Reflection;
using SupervisionBot.Dialogs.Flows;

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
        Assert.Contains("Kept private", text, StringComparison.Ordinal);
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
        Assert.Contains("- Sharing: Kept private", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Ottoline", markdown, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Export_ShowsWhatChangedAfterSupervision_WithItsQuestion()
    {
        // Closing the loop: the evidence BACP and UKCP ask for reaches the therapist's own copy.
        await using var host = await BotTestHost.StartAsync();
        await ConfirmQuickCheckInAsync(host, "Steadier this week.", sinceSupervision: "After the group I named the ending early, and it gave us time.");

        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "export"));
        var link = new Uri((string)CardPresses.Buttons(host.SentCards()[^1]).Single(b => (string?)b["type"] == "Action.OpenUrl")["url"]!);
        var markdown = await (await host.Client.GetAsync(link.PathAndQuery)).Content.ReadAsStringAsync();

        var question = QuickCheckInFlow.Definition.FindInput(QuickCheckInFlow.Inputs.SinceSupervision)!.Label;
        Assert.Contains($"**{question}**  \nAfter the group I named the ending early, and it gave us time.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_MarkedToShare_SaysItWasNotSent()
    {
        await using var host = await BotTestHost.StartAsync();
        await ConfirmQuickCheckInAsync(host, "Steadier this week.", sharing: "supervisor");

        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "export"));
        var link = new Uri((string)CardPresses.Buttons(host.SentCards()[^1]).Single(b => (string?)b["type"] == "Action.OpenUrl")["url"]!);
        var markdown = await (await host.Client.GetAsync(link.PathAndQuery)).Content.ReadAsStringAsync();

        Assert.Contains("- Sharing: Marked to share with my supervisor (through the group's digest)", markdown, StringComparison.Ordinal);
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

    private static async Task ConfirmQuickCheckInAsync(BotTestHost host, string sentence, string? sinceSupervision = null, string sharing = "private")
    {
        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "quick"));
        var card = host.SentCards()[^1];
        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Next, new Dictionary<string, string> { ["howTheWorkSits"] = "4" });
        var written = new Dictionary<string, string> { ["oneSentence"] = sentence };
        if (sinceSupervision is not null)
        {
            written[QuickCheckInFlow.Inputs.SinceSupervision.Value] = sinceSupervision;
        }

        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Next, written);
        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Next, new Dictionary<string, string> { ["sharing"] = sharing });
        Assert.Equal("Check your reflection", BotTestHost.Heading(card));
        var confirmed = await CardPresses.PressAsync(host, card, ReflectionVerbs.Confirm);
        Assert.Equal("Thank you, your reflection is saved", BotTestHost.Heading(confirmed));
    }
}
