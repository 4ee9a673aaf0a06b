using SupervisionBot.Dialogs.Engine;

namespace SupervisionBot.Bot.Reflections;

/// <summary>An open reflection, what the anonymiser remembers for it (hashes), the group chosen for it (if any), and the ETag it was read with.</summary>
internal sealed record StoredReflection(ReflectionSession Session, string? ETag, IReadOnlyList<string> Redaction, string? SharingGroup = null);
