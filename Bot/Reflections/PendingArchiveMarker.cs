namespace SupervisionBot.Bot.Reflections;

/// <summary>A therapist (by pseudonym) whose confirmed reflection may be waiting to be archived, noted at <paramref name="Since"/>.</summary>
internal sealed record PendingArchiveMarker(string UserKey, DateTimeOffset Since);
