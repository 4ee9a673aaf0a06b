using Microsoft.Bot.Builder;

namespace SupervisionBot.Bot.Reflections;

/// <summary>
/// A therapist's one open reflection as stored. It is an <see cref="IStoreItem"/> so that a
/// write succeeds only if nobody wrote since it was read: two clicks on the same card cannot
/// both advance it (Bot Builder's ConversationState would let the last writer win).
/// </summary>
internal sealed class OpenReflectionRecord : IStoreItem
{
    public string SessionJson { get; set; } = string.Empty;

    /// <summary>What the anonymiser has learned in this reflection, as keyed hashes (never names).</summary>
    public List<string> Redaction { get; set; } = [];

    public string? ETag { get; set; }
}
