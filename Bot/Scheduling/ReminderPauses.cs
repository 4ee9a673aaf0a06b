using SupervisionBot.Bot.Storage;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Scheduling;

/// <summary>Who has paused reminders, and until when: one small document per person, by pseudonym.</summary>
internal sealed class ReminderPauses(ISessionStore store)
{
    /// <summary>When the person's pause ends, or null when reminders are on (never paused, turned back on, or the pause is over).</summary>
    public async Task<DateTimeOffset?> PausedUntilAsync(string channelId, string person, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(Key(channelId, person), cancellationToken).ConfigureAwait(false);
        return stored?.Value.Until > now ? stored.Value.Until : null;
    }

    public Task PauseAsync(string channelId, string person, DateTimeOffset until, CancellationToken cancellationToken) =>
        store.PutAsync(Key(channelId, person), new ReminderPause(until), StoreETags.Any, cancellationToken);

    public Task TurnOnAsync(string channelId, string person, CancellationToken cancellationToken) =>
        store.DeleteAsync(Key(channelId, person), cancellationToken);

    private static StoreKey<ReminderPause> Key(string channelId, string person) =>
        new($"{channelId}/reminders/{Pseudonyms.Require(person, nameof(person))}", SessionJsonContext.Default.ReminderPause);
}
