using System.Collections.Immutable;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Digests;

/// <summary>
/// Past digests, one document per group in the session store, written with ETags so two
/// instances recording the same meeting keep one record: the first one written.
/// </summary>
internal sealed class DigestHistoryStore(ISessionStore store)
{
    private const int MaxAttempts = 5;

    public async Task<DigestHistory> GetAsync(string channelId, string groupId, CancellationToken cancellationToken) =>
        (await store.GetAsync(Key(channelId, groupId), cancellationToken).ConfigureAwait(false))?.Value ?? DigestHistory.Empty;

    /// <summary>Keeps <paramref name="record"/> unless one for its meeting is already kept; returns the one kept.</summary>
    public async Task<DigestRecord> AddAsync(string channelId, string groupId, DigestRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        Pseudonyms.Require(groupId, nameof(groupId));
        var key = Key(channelId, groupId);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await store.GetAsync(key, cancellationToken).ConfigureAwait(false);
            if (stored?.Value.For(record.Meeting) is { } kept)
            {
                return kept;
            }

            var history = (stored?.Value ?? DigestHistory.Empty).With(record);
            var result = await store.PutAsync(key, history, stored?.ETag, cancellationToken).ConfigureAwait(false);
            if (result.IsSaved)
            {
                return record;
            }

            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException("The digest history kept changing under this write; the next tick tries again.");
            }
        }
    }

    /// <summary>
    /// "Forget me": takes out of the group's past digests the reflections (shared with the
    /// supervisors, with their answers) and the questions that came from the person. Counts,
    /// medians and themes stay: they were shown only when enough members contributed, and cannot
    /// be taken apart. Returns how many digests changed.
    /// </summary>
    public async Task<int> ForgetAsync(string channelId, string groupId, IReadOnlySet<Guid> reflections, IReadOnlySet<string> questions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reflections);
        ArgumentNullException.ThrowIfNull(questions);
        var key = Key(channelId, Pseudonyms.Require(groupId, nameof(groupId)));
        for (var attempt = 1; ; attempt++)
        {
            if (await store.GetAsync(key, cancellationToken).ConfigureAwait(false) is not { } stored)
            {
                return 0;
            }

            var records = stored.Value.Records.Select(record => Without(record, reflections, questions)).ToImmutableArray();
            var changed = records.Where((record, i) => !ReferenceEquals(record, stored.Value.Records[i])).Count();
            if (changed == 0 || (await store.PutAsync(key, new DigestHistory(records), stored.ETag, cancellationToken).ConfigureAwait(false)).IsSaved)
            {
                return changed;
            }

            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException("The digest history kept changing under this write; forgetting was not finished.");
            }
        }
    }

    /// <summary>The record without those reflections and questions; the same instance when it held none of them.</summary>
    private static DigestRecord Without(DigestRecord record, IReadOnlySet<Guid> reflections, IReadOnlySet<string> questions)
    {
        var digest = record.Digest;
        var summary = record.Summary;
        bool Theirs(string shown) => IsOneOf(shown, questions);
        if (!digest.SharedWithSupervisors.Any(r => reflections.Contains(r.Id)) && !digest.Questions.Any(Theirs) && !summary.Questions.Any(Theirs))
        {
            return record;
        }

        return record with
        {
            Digest = digest with
            {
                SharedWithSupervisors = [.. digest.SharedWithSupervisors.Where(r => !reflections.Contains(r.Id))],
                Questions = [.. digest.Questions.Where(q => !Theirs(q))],
            },
            Summary = summary with { Questions = [.. summary.Questions.Where(q => !Theirs(q))] },
        };
    }

    /// <summary>A question as a digest shows it: the text, trimmed, or its beginning cut at a word and marked with an ellipsis.</summary>
    private static bool IsOneOf(string shown, IReadOnlySet<string> questions) =>
        questions.Contains(shown)
        || (shown.EndsWith('…') && shown.Length > 1 && questions.Any(q => q.StartsWith(shown[..^1], StringComparison.Ordinal)));

    private static StoreKey<DigestHistory> Key(string channelId, string groupId) =>
        new($"{channelId}/digests/{groupId}", SessionJsonContext.Default.DigestHistory);
}
