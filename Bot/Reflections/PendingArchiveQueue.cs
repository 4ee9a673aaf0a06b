namespace SupervisionBot.Bot.Reflections;

/// <summary>
/// Therapists whose confirmed reflection may not be archived yet. Noted durably before the
/// confirmation is saved, so a crash between the confirmation and the archive write leaves a
/// note every instance can find (<see cref="PendingArchiveRetrier"/>); cleared once the archive
/// has the reflection. The reflection itself waits in the therapist's stored state.
/// </summary>
internal sealed partial class PendingArchiveQueue(IPendingArchiveMarkers markers, TimeProvider time, ILogger<PendingArchiveQueue> logger)
{
    public Task AddAsync(string userKey, CancellationToken cancellationToken) =>
        markers.MarkAsync(userKey, time.GetUtcNow(), cancellationToken);

    /// <summary>
    /// Clears the note once nothing waits. If storage fails here, the note stays and the retrier
    /// clears it later (finding nothing to save), so the caller's turn carries on.
    /// </summary>
    public async Task RemoveAsync(string userKey, CancellationToken cancellationToken)
    {
        try
        {
            await markers.ClearAsync(userKey, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or ArgumentException))
        {
            LogClearFailed(logger, exception.GetType().Name);
        }
    }

    /// <summary>Everyone noted as waiting, with when they were noted.</summary>
    public async Task<IReadOnlyList<PendingArchiveMarker>> WaitingAsync(CancellationToken cancellationToken)
    {
        var waiting = new List<PendingArchiveMarker>();
        await foreach (var marker in markers.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            waiting.Add(marker);
        }

        return waiting;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not clear a pending-archive note ({Reason}); the retrier will")]
    private static partial void LogClearFailed(ILogger logger, string reason);
}
