namespace SupervisionBot.Bot.Coordination;

/// <summary>
/// Work that must happen once however many instances share the storage account. A lease says who
/// may do the work now; a done-marker says a period's work has been done, so another instance
/// (or this one after a restart) does not do it again.
/// </summary>
internal interface IWorkLeases
{
    /// <summary>
    /// Takes the lease on <paramref name="work"/>, or returns null at once if another holder has it.
    /// The lease is renewed while held and released on dispose; if the holder dies it lapses by itself.
    /// </summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string work, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="work"/> was already marked done for <paramref name="period"/>.</summary>
    Task<bool> IsDoneAsync(string work, string period, CancellationToken cancellationToken);

    /// <summary>Marks <paramref name="work"/> done for <paramref name="period"/>; false if it already was.</summary>
    Task<bool> MarkDoneAsync(string work, string period, CancellationToken cancellationToken);
}
