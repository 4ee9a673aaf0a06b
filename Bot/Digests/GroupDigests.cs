using SupervisionBot.Bot.Archive;
using SupervisionBot.Supervision.Digests;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Digests;

/// <summary>
/// Composes a group's digest for one meeting from what was shared since its last digest,
/// streamed from the archive's group index, never loading everything at once.
/// </summary>
internal sealed class GroupDigests(IReflectionArchive archive, DigestHistoryStore history)
{
    /// <summary>Everything shared up to <paramref name="until"/> since the last digest sent before <paramref name="meeting"/>.</summary>
    public async Task<ComposedDigest> ComposeAsync(
        string channelId, SupervisionGroup group, DateTimeOffset meeting, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var past = await history.GetAsync(channelId, group.Id, cancellationToken).ConfigureAwait(false);
        var last = past.LastBefore(meeting);

        // A group's first digest covers everything shared with it so far; reflections carry a group only once it exists.
        var from = last?.Digest.Period.To ?? DateTimeOffset.UnixEpoch;
        var baselines = past.BaselinesBefore(meeting);
        var request = new DigestRequest(group.Id, group.Settings.Name, meeting, new DigestPeriod(from, until < from ? from : until), group.Settings.MinimumContributors)
        {
            Previous = baselines.Count > 0 ? baselines[^1] : null,
        };

        var composer = new DigestComposer(request);
        await composer.AddAllAsync(
            DigestReflections.From(archive.StreamSharedInGroupAsync(group.Id, request.Period.From, request.Period.To, cancellationToken), cancellationToken),
            cancellationToken).ConfigureAwait(false);
        var digest = composer.SupervisorDigest();
        return new ComposedDigest(new DigestRecord(digest, composer.GroupSummary(), until), baselines);
    }
}
