using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Scheduling;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Reminders;

namespace SupervisionBot.Bot.Tests.Bot.Scheduling;

/// <summary><c>reminders</c> and its buttons, through the real host: obvious choices, each one reversible.</summary>
public sealed class ReminderCommandTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));
    private BotTestHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await BotTestHost.StartAsync(factory => factory.WithServices(services => services.AddSingleton<TimeProvider>(_time)));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Reminders_PausedFromTheCard_StayPausedUntilTheDate_AndTurnBackOn()
    {
        await _host.PostAsync(TeamsActivities.Message(_host.ServiceUrl, "reminders"));
        var card = _host.SentCards()[^1];
        Assert.Equal("Reminders are on", BotTestHost.Heading(card));
        Assert.Equal(["Pause for 2 weeks", "Pause for 4 weeks", "Pause for 3 months"], CardPresses.Buttons(card).Select(b => (string)b["title"]!));

        var paused = await CardPresses.PressAsync(_host, card, ReminderVerbs.Pause);
        Assert.Equal("Reminders are paused", BotTestHost.Heading(paused));
        Assert.Contains("paused until 16 November 2026", BotTestHost.Text(paused), StringComparison.Ordinal);
        Assert.NotNull(await PausedUntilAsync());

        // The pause ends by itself.
        _time.Advance(TimeSpan.FromDays(15));
        Assert.Null(await PausedUntilAsync());

        paused = await CardPresses.PressAsync(_host, card, ReminderVerbs.Pause);
        var on = await CardPresses.PressAsync(_host, paused, ReminderVerbs.TurnOn);
        Assert.Equal("Reminders are on", BotTestHost.Heading(on));
        Assert.Null(await PausedUntilAsync());
    }

    [Fact]
    public async Task PauseButton_WithAPeriodTheCardNeverOffered_ChangesNothing()
    {
        await _host.PostAsync(TeamsActivities.Message(_host.ServiceUrl, "reminders"));

        var invoke = await CardPresses.InvokeAsync(_host, _host.SentCards()[^1], ReminderVerbs.Pause, new Dictionary<string, string> { ["argument"] = "3650" });

        Assert.Equal(global::SupervisionBot.Bot.Teams.SupervisionTeamsBot.OutOfDateCardMessage, (string?)invoke["value"]);
        Assert.Null(await PausedUntilAsync());
    }

    private Task<DateTimeOffset?> PausedUntilAsync()
    {
        var me = _host.Factory.Services.GetRequiredService<Pseudonymizer>().ForUser(TeamsActivities.TenantId, "11111111-1111-1111-1111-111111111111");
        return _host.Factory.Services.GetRequiredService<ReminderPauses>().PausedUntilAsync("msteams", me, _time.GetUtcNow(), default);
    }
}
