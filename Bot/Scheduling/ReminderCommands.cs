using System.Globalization;
using SupervisionBot.Bot.Routing;
using SupervisionBot.Bot.Teams;
using SupervisionBot.Cards.Reminders;

namespace SupervisionBot.Bot.Scheduling;

/// <summary><c>reminders</c> and its buttons: pause reminders for a while, or turn them back on.</summary>
internal sealed class ReminderCommands(ReminderPauses pauses, TimeProvider time)
{
    public async Task<BotReply> ShowAsync(RouteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var until = await pauses.PausedUntilAsync(request.Turn.Activity.ChannelId, request.UserKey, time.GetUtcNow(), cancellationToken);
        return new BotReply(ReminderCards.Settings(until), ReplacesCard: false);
    }

    public async Task<BotReply> PauseAsync(RouteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!int.TryParse(request.Argument, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || !ReminderCards.PauseChoices.Contains(days))
        {
            return BotReply.Message(SupervisionTeamsBot.OutOfDateCardMessage);
        }

        var until = time.GetUtcNow().AddDays(days);
        await pauses.PauseAsync(request.Turn.Activity.ChannelId, request.UserKey, until, cancellationToken);
        return new BotReply(ReminderCards.Settings(until), ReplacesCard: true);
    }

    public async Task<BotReply> TurnOnAsync(RouteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await pauses.TurnOnAsync(request.Turn.Activity.ChannelId, request.UserKey, cancellationToken);
        return new BotReply(ReminderCards.Settings(pausedUntil: null), ReplacesCard: true);
    }
}
