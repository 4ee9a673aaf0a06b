using System.Net;
using SupervisionBot.Bot.Benchmark;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Bot.Reflections;

/// <summary>Through the real host: a personal message reads the open reflection once, however many steps look at it.</summary>
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
}
