namespace SupervisionBot.Bot.Scheduling;

/// <summary>A person's pause on reminders, for all their groups, until <see cref="Until"/>.</summary>
internal sealed record ReminderPause(DateTimeOffset Until);
