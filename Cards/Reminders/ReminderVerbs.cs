namespace SupervisionBot.Cards.Reminders;

/// <summary>The verbs of the reminder buttons.</summary>
public static class ReminderVerbs
{
    /// <summary>Pauses reminders for the number of days in the button's argument.</summary>
    public const string Pause = "reminders.pause";

    public const string TurnOn = "reminders.turnOn";

    public static IReadOnlyList<string> All { get; } = [Pause, TurnOn];
}
