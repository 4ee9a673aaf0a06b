using SupervisionBot.Bot.Privacy;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Proactive;

/// <summary>
/// Outbox keys: the pseudonym of a message's once key, so no id or name in a once key becomes a
/// blob or file name, and a fallback note's key derived from the person and the group it is about.
/// </summary>
internal static class OutboxKeys
{
    public static string For(Pseudonymizer pseudonymizer, string onceKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(onceKey);
        return pseudonymizer.ForStateKey("outbox/" + onceKey);
    }

    /// <summary>At most one note a day per person and group, however many messages to them failed.</summary>
    public static string ForFallback(Pseudonymizer pseudonymizer, OutboxAddress person, ProactiveAddress.Conversation group, DateTimeOffset now) =>
        pseudonymizer.ForStateKey($"outbox-fallback/{group.ConversationId}/{person.Id}/{now.UtcDateTime:yyyy-MM-dd}");

    /// <summary>The pseudonyms a once key names: once keys are made of pseudonyms, ids and times, joined by '/' or '-'.</summary>
    public static IReadOnlyList<string> PseudonymsIn(string onceKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(onceKey);
        return [.. onceKey.Split(['/', '-'], StringSplitOptions.RemoveEmptyEntries).Where(Pseudonyms.IsValid).Distinct(StringComparer.Ordinal)];
    }

    public static string Checked(string key) =>
        key.Length > 0 && key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            ? key
            : throw new ArgumentException("An outbox key is a pseudonym: lower-case hex.", nameof(key));
}
