using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.MyData;
using SupervisionBot.Cards.Reflection;

namespace SupervisionBot.Bot.Tests.Bot.Reflections;

/// <summary>
/// Issue 9 item 6: a confirmed reflection that has not reached the archive is noted in storage,
/// so it is saved after a crash and a restart with no message from its author, exactly once, and
/// "my reflections" shows it as saving meanwhile.
/// </summary>
public sealed class DurableRetryTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly string _folder = Directory.CreateTempSubdirectory("durable-retry-").FullName;
    private readonly string _key = TestPseudonyms.NewKey();

    [Fact]
    public async Task HostStoppedBetweenConfirmAndArchiveWrite_RestartedHostSavesTheReflectionOnce_WithNoUserMessage()
    {
        string userKey;
        var stalling = new StallingArchive();
        await using (var first = await StartAsync(archive => stalling.Wrap(archive)))
        {
            var review = await QuickCheckInReviewAsync(first);

            // Confirm, and cut the host off while the archive write is in flight.
            using var cut = new CancellationTokenSource();
            var confirm = first.Client.PostAsync("/api/messages", TeamsActivities.Json(Confirm(first, review)), cut.Token);
            await stalling.Reached.WaitAsync(Patience);
            userKey = Assert.Single(await first.Factory.Services.GetRequiredService<PendingArchiveQueue>().WaitingAsync(default)).UserKey;
            await cut.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => confirm);
            Assert.Equal(0, stalling.Completed);
        }

        // A new host on the same storage, and no message from anyone: the start-up retry saves it.
        CountingArchive? counting = null;
        await using var second = await StartAsync(archive => counting = new CountingArchive(archive));
        var archive = second.Factory.Services.GetRequiredService<IReflectionArchive>();
        using (var timeout = new CancellationTokenSource(Patience))
        {
            while ((await archive.ListByAuthorAsync(userKey, 10, default)).Count == 0)
            {
                await Task.Delay(50, timeout.Token);
            }
        }

        await second.Factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<PendingArchiveRetrier>().Single().RetryAllAsync(default);
        Assert.Single(await archive.ListByAuthorAsync(userKey, 10, default));
        Assert.Equal(1, counting!.Saves);
        Assert.Empty(await second.Factory.Services.GetRequiredService<PendingArchiveQueue>().WaitingAsync(default));
        Assert.Empty(second.Connector.Sent);
    }

    [Fact]
    public async Task MyReflections_WhileAConfirmedReflectionWaits_ShowsItAsSaving()
    {
        CountingArchive? counting = null;
        await using var host = await StartAsync(archive => counting = new CountingArchive(archive));
        var review = await QuickCheckInReviewAsync(host);
        counting!.Down = true;
        await CardPresses.InvokeAsync(host, review, ReflectionVerbs.Confirm);
        host.Connector.Clear();

        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "my reflections"));

        var list = host.SentCards()[^1];
        Assert.Equal("Your reflections", BotTestHost.Heading(list));
        Assert.Contains("Saving: kept safely and retried until it is stored", BotTestHost.Text(list), StringComparison.Ordinal);
        Assert.DoesNotContain(CardPresses.Buttons(list), b => (string?)b["verb"] == MyDataVerbs.Delete);

        // Storage back: the next turn saves it first, and the list shows it saved.
        counting.Down = false;
        host.Connector.Clear();
        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "my reflections"));

        var saved = host.SentCards()[^1];
        Assert.DoesNotContain("Saving:", BotTestHost.Text(saved), StringComparison.Ordinal);
        Assert.Single(CardPresses.Buttons(saved), b => (string?)b["verb"] == MyDataVerbs.Delete);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<BotTestHost> StartAsync(Func<IReflectionArchive, IReflectionArchive> wrap) => BotTestHost.StartAsync(factory => factory
        .WithSetting("Storage:LocalFolder", _folder)
        .WithSetting("Privacy:PseudonymKey", _key)
        .WithServices(services =>
        {
            var registered = services.Last(d => d.ServiceType == typeof(IReflectionArchive));
            services.Remove(registered);
            services.AddSingleton(sp => wrap((IReflectionArchive)registered.ImplementationFactory!(sp)));
        }));

    private static JsonObject Confirm(BotTestHost host, JsonObject review)
    {
        var button = CardPresses.Buttons(review).First(b => (string?)b["verb"] == ReflectionVerbs.Confirm);
        return TeamsActivities.Execute(host.ServiceUrl, ReflectionVerbs.Confirm, button["data"]!.DeepClone());
    }

    private static async Task<JsonObject> QuickCheckInReviewAsync(BotTestHost host)
    {
        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "quick"));
        var card = host.SentCards()[^1];
        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Next, new Dictionary<string, string> { ["howTheWorkSits"] = "4" });
        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Next, new Dictionary<string, string> { ["oneSentence"] = "A steady week." });
        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Next, new Dictionary<string, string> { ["sharing"] = "private" });
        Assert.Equal("Check your reflection", BotTestHost.Heading(card));
        return card;
    }

    /// <summary>An archive whose writes never finish until cancelled: the moment a crash would cut.</summary>
    private sealed class StallingArchive
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _completed;

        public Task Reached => _reached.Task;

        public int Completed => Volatile.Read(ref _completed);

        public IReflectionArchive Wrap(IReflectionArchive inner) => new Stalled(inner, this);

        private sealed class Stalled(IReflectionArchive inner, StallingArchive owner) : ForwardingReflectionArchive(inner)
        {
            public override async Task<ArchiveSaveResult> SaveAsync(ReflectionDocument document, CancellationToken cancellationToken)
            {
                owner._reached.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
                Interlocked.Increment(ref owner._completed);
                return await base.SaveAsync(document, cancellationToken);
            }
        }
    }
}
