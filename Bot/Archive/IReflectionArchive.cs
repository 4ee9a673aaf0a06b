namespace SupervisionBot.Bot.Archive;

/// <summary>
/// Where confirmed reflections are kept, one document each, by author pseudonym. Authors and
/// groups must be pseudonyms (see <see cref="ArchiveLayout"/>); anything else is refused with an
/// <see cref="ArgumentException"/>. Storage failures surface as exceptions, so a caller can keep a
/// reflection pending and try again.
/// </summary>
internal interface IReflectionArchive
{
    /// <summary>
    /// Stores the document unless one with its id is already stored, which it then leaves alone:
    /// a redelivered or double-clicked confirmation, or concurrent saves, store exactly one document.
    /// </summary>
    Task<ArchiveSaveResult> SaveAsync(ReflectionDocument document, CancellationToken cancellationToken);

    /// <summary>The author's reflections, newest first, at most <paramref name="max"/>, reading no one else's.</summary>
    Task<IReadOnlyList<ReflectionSummary>> ListByAuthorAsync(string author, int max, CancellationToken cancellationToken);

    /// <summary>One of the author's reflections, or null if they have none with that id.</summary>
    Task<ReflectionDocument?> GetAsync(string author, Guid id, CancellationToken cancellationToken);

    /// <summary>Every reflection of the author, for their personal export, newest first.</summary>
    IAsyncEnumerable<ReflectionDocument> ListAllByAuthorAsync(string author, CancellationToken cancellationToken);

    /// <summary>Deletes one reflection; false if the author had none with that id.</summary>
    Task<bool> DeleteAsync(string author, Guid id, CancellationToken cancellationToken);

    /// <summary>Deletes every reflection of the author ("forget me") and says how many there were.</summary>
    Task<int> DeleteAllByAuthorAsync(string author, CancellationToken cancellationToken);

    /// <summary>
    /// The reflections their authors shared with <paramref name="group"/> and confirmed in
    /// [<paramref name="from"/>, <paramref name="to"/>), oldest first, found through an index
    /// rather than by reading every document.
    /// </summary>
    IAsyncEnumerable<ReflectionDocument> ListSharedWithGroupAsync(
        string group, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>
    /// Every reflection its author shared with <paramref name="group"/>'s supervisors or with the
    /// whole group, confirmed in [<paramref name="from"/>, <paramref name="to"/>), for a digest.
    /// Found through the index (blob index tags, or marker files), never by listing everyone's
    /// documents, and streamed as found, in no particular order: memory stays flat however many
    /// there are. Private reflections are never read.
    /// </summary>
    IAsyncEnumerable<ReflectionDocument> StreamSharedInGroupAsync(
        string group, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>The retention sweep: deletes every reflection confirmed before <paramref name="cutoff"/>, returning how many.</summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
