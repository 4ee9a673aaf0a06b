using Microsoft.Bot.Schema;

namespace SupervisionBot.Bot.Proactive;

/// <summary>
/// Messages the bot starts: contact requests, onboarding notes, digests and reminders. Each is
/// sent at most once per <see cref="ProactiveMessage.OnceKey"/> across instances sharing one
/// storage account: the intent is recorded before sending and the connector's activity id after,
/// so a retry after a crash updates the message instead of sending a second copy.
/// </summary>
internal interface IProactiveMessenger
{
    Task<ProactiveResult> SendOnceAsync(ProactiveMessage message, CancellationToken cancellationToken);

    /// <summary>Replaces a message already sent under <paramref name="onceKey"/>; false if none was sent.</summary>
    Task<bool> UpdateAsync(string onceKey, Activity content, CancellationToken cancellationToken);

    /// <summary>
    /// Where the message sent under <paramref name="onceKey"/> stands, or null if there is none.
    /// (Added for contact requests' follow-ups; a messenger that keeps no outbox knows nothing.)
    /// </summary>
    Task<OutboxState?> StateOfAsync(string onceKey, CancellationToken cancellationToken) => Task.FromResult<OutboxState?>(null);
}
