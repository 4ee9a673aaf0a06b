using SupervisionBot.Dialogs.Engine;

namespace SupervisionBot.Bot.Reflections;

/// <summary>An open reflection and the ETag it was read with.</summary>
internal sealed record StoredReflection(ReflectionSession Session, string? ETag);
