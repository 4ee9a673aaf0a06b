using SupervisionBot.Bot.Privacy;

namespace SupervisionBot.Bot.Proactive;

/// <summary>
/// "Forget me" in the outbox: deletes every record keyed on the person (their pseudonym is in the
/// once key), addressed to them (their Teams user id, or a conversation that is their 1:1 chat),
/// and any once keys the caller names (such as their contact requests'). Pending ones are deleted
/// too: nothing more is sent to, or about, someone who asked to be forgotten.
/// </summary>
internal sealed partial class OutboxErasure(IProactiveOutbox outbox, Pseudonymizer pseudonymizer, ILogger<OutboxErasure> logger)
{
    /// <param name="about">Their pseudonym, and the ids of things only about them (their requests for contact).</param>
    /// <param name="addresses">Their Teams user ids and 1:1 conversation ids, as far as known.</param>
    /// <param name="onceKeys">Further once keys to delete.</param>
    /// <param name="cancellationToken">Cancels the pass.</param>
    /// <returns>How many records were deleted.</returns>
    public async Task<int> ForgetAsync(IReadOnlySet<string> about, IReadOnlySet<string> addresses, IEnumerable<string> onceKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(about);
        ArgumentNullException.ThrowIfNull(addresses);
        ArgumentNullException.ThrowIfNull(onceKeys);
        var deleted = 0;
        foreach (var key in onceKeys.Select(k => OutboxKeys.For(pseudonymizer, k)).Distinct(StringComparer.Ordinal))
        {
            deleted += await outbox.DeleteAsync(key, ifMatch: null, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        var matching = new List<string>();
        await foreach (var entry in outbox.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await outbox.GetAsync(entry.Key, cancellationToken).ConfigureAwait(false) is { } stored && IsAbout(stored.Value, about, addresses))
            {
                matching.Add(entry.Key);
            }
        }

        foreach (var key in matching)
        {
            deleted += await outbox.DeleteAsync(key, ifMatch: null, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        LogForgotten(logger, deleted);
        return deleted;
    }

    private static bool IsAbout(OutboxRecord record, IReadOnlySet<string> about, IReadOnlySet<string> addresses) =>
        (record.About?.Any(about.Contains) ?? false)
        || addresses.Contains(record.Address.Id)
        || (record.ConversationId is { } conversation && addresses.Contains(conversation));

    [LoggerMessage(Level = LogLevel.Information, Message = "Forget me: {Count} outbox records deleted")]
    private static partial void LogForgotten(ILogger logger, int count);
}
