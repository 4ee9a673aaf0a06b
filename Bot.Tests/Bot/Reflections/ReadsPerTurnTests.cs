using System.Net;
using SupervisionBot.Bot.Benchmark;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Reflection;

namespace SupervisionBot.Bot.Tests.Bot.Reflections;

/// <summary>
/// Through the real host: a personal message reads the open reflection once, however many steps
/// look at it; a card action reads it once too, and the person's groups only when the card it
/// answers with or the confirm needs them.
/// </summary>
public sealed class ReadsPerTurnTests
{
    [Fact]
    public async Task TypedReflect_WithOneAlreadyOpen_ReadsItOnce_AndOffersIt()
    {
        var calls = new StorageCallCounter();
        await using var host = await BotTestHost.StartAsync(f => f.WithServices(s => s.Decorate<ISessionStore>(inner => new CountingSessionStore(inner, calls))));
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "reflect"))).StatusCode);
        var before = calls.Snapshot();

        var response = await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "reflect"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var during = calls.Snapshot() - before;
        Assert.Equal(1, during.Reads);
        Assert.Equal(0, during.Writes);
        var cards = host.SentCards();
        Assert.Equal(2, cards.Count);
        Assert.NotEqual(BotTestHost.Heading(cards[0]), BotTestHost.Heading(cards[1]));
    }

    [Fact]
    public async Task SecondTurn_ReadsAgain_SoAChangeBetweenTurnsIsSeen()
    {
        var calls = new StorageCallCounter();
        await using var host = await BotTestHost.StartAsync(f => f.WithServices(s => s.Decorate<ISessionStore>(inner => new CountingSessionStore(inner, calls))));

        // The first message also stores the sender's 1:1 address (once per instance), and the
        // scheduler reads the group index at start-up; the second message is the turn measured.
        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "help"));
        var afterFirst = calls.Snapshot();
        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "help"));

        Assert.Equal(1, (calls.Snapshot() - afterFirst).Reads);
    }

    [Fact]
    public async Task CardActions_ReadTheGroupsOnlyForTheSharingCard_AndAgainAtConfirm()
    {
        var calls = new StorageCallCounter();
        await using var host = await BotTestHost.StartAsync(f => f.WithServices(s => s.Decorate<ISessionStore>(inner => new CountingSessionStore(inner, calls))));
        var traffic = new TeamsTraffic(host.Client, new Uri(host.Client.BaseAddress!, "api/messages"), host.ServiceUrl, "reads");
        using (var started = await traffic.MessageAsync(0, "quick", CancellationToken.None))
        {
            TeamsTraffic.EnsureOk(started);
        }

        var card = host.SentCards()[^1];
        var reads = new List<long>();
        foreach (var verb in new[] { ReflectionVerbs.Next, ReflectionVerbs.Next, ReflectionVerbs.Next, ReflectionVerbs.Confirm })
        {
            var before = calls.Snapshot();
            card = await traffic.PressAsync(0, card, verb, CancellationToken.None) ?? throw new InvalidOperationException($"{verb} did not answer with a card.");
            reads.Add((calls.Snapshot() - before).Reads);
        }

        // The quick check-in: a choice, one sentence, then sharing (shaped by the person's groups),
        // the review, and Confirm (which checks the groups again, from storage, before archiving).
        Assert.Equal([1L, 2L, 1L, 2L], reads);
        Assert.False(TeamsTraffic.Has(card, ReflectionVerbs.Confirm));
    }
}
