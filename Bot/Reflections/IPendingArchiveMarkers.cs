namespace SupervisionBot.Bot.Reflections;

/// <summary>
/// Durable notes of therapists whose confirmed reflection may not be archived yet, kept where
/// every instance can list them (the coordination container or folder), so a retry survives a
/// crash or a restart. A marker holds the author's pseudonym and when it was written: never text.
/// </summary>
internal interface IPendingArchiveMarkers
{
    /// <summary>Notes that <paramref name="userKey"/> has a reflection waiting; writing it again refreshes it.</summary>
    Task MarkAsync(string userKey, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Removes the note, if there is one.</summary>
    Task ClearAsync(string userKey, CancellationToken cancellationToken);

    /// <summary>Every note, in no particular order.</summary>
    IAsyncEnumerable<PendingArchiveMarker> ListAsync(CancellationToken cancellationToken);
}
