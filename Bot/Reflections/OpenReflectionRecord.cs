using System.Text.Json;

namespace SupervisionBot.Bot.Reflections;

/// <summary>A therapist's one open reflection as stored in the session store.</summary>
/// <param name="Session">The session, nested in the engine's own stored form (<c>ReflectionSessionJson</c>), which only the engine reads.</param>
/// <param name="Redaction">What the anonymiser has learned in this reflection, as keyed hashes (never names).</param>
/// <param name="SharingGroup">The pseudonym of the group chosen on the sharing card, for someone in two or more groups.</param>
internal sealed record OpenReflectionRecord(JsonElement Session, IReadOnlyList<string> Redaction, string? SharingGroup = null);
