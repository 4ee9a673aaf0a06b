using System.Globalization;
using SupervisionBot.Cards.Digests;
using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;
using SupervisionBot.Dialogs.Commands;

namespace SupervisionBot.Cards.Reminders;

/// <summary>
/// The one gentle reminder before a meeting, and the card for pausing reminders. A reminder speaks
/// only of its reader: it never says who else has or has not reflected, nor how many.
/// </summary>
public static class ReminderCards
{
    /// <summary>The pauses offered, in days: short, a month, a season.</summary>
    public static IReadOnlyList<int> PauseChoices { get; } = [14, 28, 91];

    /// <param name="groupName">The group whose meeting is coming.</param>
    /// <param name="meeting">The meeting, in the group's clock time.</param>
    public static AdaptiveCard Reminder(string groupName, DateTimeOffset meeting)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupName);
        var when = DigestText.Meeting(meeting);
        return new AdaptiveCard
        {
            FallbackText = $"A gentle reminder: {groupName} meets on {when}. Type quick for a quick check-in.",
            Body =
            [
                CardText.Heading("A gentle reminder"),
                CardText.Paragraph($"{groupName} meets on {when}. If there's a session you'd like to think through before then, a quick check-in is three short cards."),
                CardText.Subtle("You're getting this because you haven't written a reflection since the group last met. Reflecting is your choice, and I send at most one reminder before each meeting."),
            ],
            Actions =
            [
                CommandButtons.For(BotCommand.Quick, "Start a quick check-in") with { Style = ActionStyle.Positive },
                PauseButton(PauseChoices[0]),
                CommandButtons.For(BotCommand.Reminders, "Other choices"),
            ],
        };
    }

    /// <summary>Whether reminders are on, and the buttons to change that either way.</summary>
    /// <param name="pausedUntil">When a pause ends, or null when reminders are on.</param>
    public static AdaptiveCard Settings(DateTimeOffset? pausedUntil)
    {
        var state = pausedUntil is { } until
            ? $"Reminders are paused until {until.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}. After that they come back on by themselves."
            : "Reminders are on: if you haven't reflected since your group last met, I send one gentle reminder before the next meeting.";
        var actions = new List<CardAction>();
        if (pausedUntil is not null)
        {
            actions.Add(ExecuteAction.For("Turn reminders back on", new CardActionData(ReminderVerbs.TurnOn)) with { Style = ActionStyle.Positive });
        }

        actions.AddRange(PauseChoices.Select(PauseButton));
        return new AdaptiveCard
        {
            FallbackText = state,
            Body =
            [
                CardText.Heading(pausedUntil is null ? "Reminders are on" : "Reminders are paused"),
                CardText.Paragraph(state),
                CardText.Subtle("A pause covers all your groups. You can change it here at any time; type reminders to see this card again."),
            ],
            Actions = actions,
        };
    }

    private static ExecuteAction PauseButton(int days) => ExecuteAction.For(
        $"Pause for {PauseText(days)}",
        new CardActionData(ReminderVerbs.Pause) { Argument = days.ToString(CultureInfo.InvariantCulture) });

    private static string PauseText(int days) => days switch
    {
        91 => "3 months",
        _ when days % 7 == 0 => string.Create(CultureInfo.InvariantCulture, $"{days / 7} weeks"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{days} days"),
    };
}
