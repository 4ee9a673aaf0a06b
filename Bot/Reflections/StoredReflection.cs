using SupervisionBot.Dialogs.Engine;

namespace SupervisionBot.Bot.Reflections;

/// <summary>An open reflection, what the anonymiser remembers for it (hashes), and the ETag it was read with.</summary>
internal sealed record StoredReflection(ReflectionSession Session, string? ETag, IReadOnlyList<string> Redaction);
