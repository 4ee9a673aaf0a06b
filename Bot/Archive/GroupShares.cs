namespace SupervisionBot.Bot.Archive;

/// <summary>
/// Which documents a group's digest may read: shared with its supervisors or with the whole group,
/// never private, and confirmed in the period. Both archives find candidates through an index
/// and then let the document decide with this, since an index can be stale.
/// </summary>
internal static class GroupShares
{
    /// <summary>The sharing names a digest reads, as stored in blob index tags.</summary>
    public static IReadOnlyList<string> SharingNames { get; } = [ReflectionSharingNames.Supervisor, ReflectionSharingNames.Group];

    public static bool Includes(ReflectionDocument document, string group, DateTimeOffset from, DateTimeOffset to) =>
        document.Sharing is ReflectionSharing.Supervisor or ReflectionSharing.Group
        && document.Group == group
        && document.ConfirmedAt >= from
        && document.ConfirmedAt < to;
}
