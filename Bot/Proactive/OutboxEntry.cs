namespace SupervisionBot.Bot.Proactive;

/// <summary>One outbox record as a listing sees it: enough to decide on pruning without reading it.</summary>
/// <param name="Key">The record's key (a pseudonym).</param>
/// <param name="State">Where it stands.</param>
/// <param name="Due">Its due time: for a settled record, about when it was last tried.</param>
/// <param name="ETag">The version listed, so a delete does not remove a newer one.</param>
internal sealed record OutboxEntry(string Key, OutboxState State, DateTimeOffset Due, string ETag);
