using System.Text.Json.Nodes;
using SupervisionBot.Bot.Teams;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Reflection;

namespace SupervisionBot.Bot.Tests.Bot.Teams;

/// <summary>
/// Reflection cards through the real HTTP endpoint: a stale card, a double submission and a
/// restart in the middle of a reflection all leave the reflection exactly as it was.
/// </summary>
public class ReflectionCardActionTests
{
    [Fact]
    public async Task NextOnTheFirstCard_ReplacesItInPlaceWithTheSecondStep()
    {
        await using var host = await BotTestHost.StartAsync();
        var first = await StartReflectionAsync(host);

        var second = await PressAsync(host, first, ReflectionVerbs.Next, CaseInputs);

        Assert.Equal("Containment and holding", BotTestHost.Heading(second));
        Assert.DoesNotContain(ReflectionViewCards.OutOfDateBanner, BotTestHost.Text(second));
    }

    [Fact]
    public async Task TheSameCardSubmittedTwice_IsAnsweredWithWhereTheReflectionIs_AndChangesNothing()
    {
        await using var host = await BotTestHost.StartAsync();
        var first = await StartReflectionAsync(host);
        var second = await PressAsync(host, first, ReflectionVerbs.Next, CaseInputs);

        var again = await PressAsync(host, first, ReflectionVerbs.Next, CaseInputs);

        Assert.Equal("Containment and holding", BotTestHost.Heading(again));
        Assert.Contains(ReflectionViewCards.OutOfDateBanner, BotTestHost.Text(again));
        Assert.Equal(Version(second), Version(again));
    }

    [Fact]
    public async Task AStaleCardFromAnEarlierStep_ChangesNothing()
    {
        await using var host = await BotTestHost.StartAsync();
        var first = await StartReflectionAsync(host);
        var second = await PressAsync(host, first, ReflectionVerbs.Next, CaseInputs);
        var third = await PressAsync(host, second, ReflectionVerbs.Skip, new Dictionary<string, string>());
        Assert.Equal("The here and now", BotTestHost.Heading(third));

        // Back on the long-gone first card: nothing moves, the therapist sees step 3 again.
        var stale = await PressAsync(host, first, ReflectionVerbs.Next, CaseInputs);

        Assert.Equal("The here and now", BotTestHost.Heading(stale));
        Assert.Equal(Version(third), Version(stale));
    }

    [Fact]
    public async Task ConcurrentDoubleClick_AdvancesTheReflectionOnce()
    {
        await using var host = await BotTestHost.StartAsync();
        var first = await StartReflectionAsync(host);

        var answers = await Task.WhenAll(
            PressAsync(host, first, ReflectionVerbs.Next, CaseInputs),
            PressAsync(host, first, ReflectionVerbs.Next, CaseInputs));

        Assert.All(answers, card => Assert.Equal("Containment and holding", BotTestHost.Heading(card)));
        Assert.Single(answers, card => !BotTestHost.Text(card).Contains(ReflectionViewCards.OutOfDateBanner, StringComparison.Ordinal));
        Assert.Equal(Version(answers[0]), Version(answers[1]));
    }

    [Fact]
    public async Task ACardFromADiscardedReflection_IsOutOfDate()
    {
        await using var host = await BotTestHost.StartAsync();
        var first = await StartReflectionAsync(host);
        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "cancel"));

        var answer = await PressAsync(host, first, ReflectionVerbs.Next, CaseInputs);

        Assert.Contains("out of date", BotTestHost.Text(answer), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ARestartInTheMiddleOfAReflection_LosesNothing()
    {
        var folder = Directory.CreateTempSubdirectory("supervisionbot-restart-").FullName;
        try
        {
            await using (var before = await BotTestHost.StartAsync(f => f.WithSetting("Storage:LocalFolder", folder)))
            {
                var first = await StartReflectionAsync(before);
                await PressAsync(before, first, ReflectionVerbs.Next, CaseInputs);
            }

            await using var after = await BotTestHost.StartAsync(f => f.WithSetting("Storage:LocalFolder", folder));
            await after.PostAsync(TeamsActivities.Message(after.ServiceUrl, "resume"));

            Assert.Equal("Containment and holding", BotTestHost.Heading(after.SentCards()[^1]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ReflectInAGroupChat_SaysReflectionsArePrivate()
    {
        await using var host = await BotTestHost.StartAsync();

        await host.PostAsync(TeamsActivities.MentionMessage(host.ServiceUrl, "reflect"));

        Assert.Contains("1:1 chat", BotTestHost.Text(Assert.Single(host.SentCards())));
    }

    private static readonly Dictionary<string, string> CaseInputs = new() { ["caseLabel"] = "Client A", ["phase"] = "middle" };

    private static async Task<JsonObject> StartReflectionAsync(BotTestHost host)
    {
        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "reflect"));
        var card = host.SentCards()[^1];
        Assert.Equal("The case", BotTestHost.Heading(card));
        return card;
    }

    private static Task<JsonObject> PressAsync(BotTestHost host, JsonObject card, string verb, IReadOnlyDictionary<string, string> inputs) =>
        CardPresses.PressAsync(host, card, verb, inputs);

    private static int Version(JsonObject card) => (int)CardPresses.Buttons(card).First(b => b["data"]?["_version"] is not null)["data"]!["_version"]!;
}
