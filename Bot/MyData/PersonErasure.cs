using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Contact;
using SupervisionBot.Bot.Digests;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Scheduling;
using SupervisionBot.Supervision.Digests;

namespace SupervisionBot.Bot.MyData;

/// <summary>
/// "Forget me" beyond the person's own reflections: everything the supervisor half holds about
/// them. Their contributions to past digests (reflections shared with the supervisors, questions
/// they brought), their requests for contact (and the supervisors' cards that offered an answer),
/// their place in every group (as member, supervisor, or someone who left), their address and list
/// of groups, their reminder pause, and every outbox record to or about them. Runs before their
/// reflections are deleted, because those say which digests to clean.
/// </summary>
internal sealed partial class PersonErasure(
    IReflectionArchive archive,
    GroupDirectory groups,
    ContactRequests contact,
    OutboxErasure outbox,
    DigestHistoryStore digests,
    ReminderPauses reminderPauses,
    ILogger<PersonErasure> logger)
{
    /// <param name="channelId">The channel their data is kept under (Teams: <c>msteams</c>).</param>
    /// <param name="person">Their pseudonym.</param>
    /// <param name="addresses">Ways the bot reached them that the caller knows (their Teams user id, their 1:1 chat's id).</param>
    /// <param name="cancellationToken">Cancels the work; what is done stays done, and running it again finishes it.</param>
    public async Task<PersonErasureReport> ForgetAsync(string channelId, string person, IReadOnlySet<string> addresses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var digestsChanged = await ForgetInDigestsAsync(channelId, person, cancellationToken).ConfigureAwait(false);
        var (requestIds, contactKeys) = await contact.ForgetAsync(channelId, person, cancellationToken).ConfigureAwait(false);
        var (teamsUserId, groupIds) = await groups.ForgetEverywhereAsync(channelId, person, cancellationToken).ConfigureAwait(false);
        await reminderPauses.TurnOnAsync(channelId, person, cancellationToken).ConfigureAwait(false);

        // Records written before outbox records named whom they are about are found by address and known keys.
        var onceKeys = contactKeys.Concat(groupIds.Select(group => MemberWorkQueue.OnboardingKey(group, person)));
        var about = new HashSet<string>(requestIds, StringComparer.Ordinal) { person };
        var reachedAt = new HashSet<string>(addresses, StringComparer.Ordinal);
        if (teamsUserId is not null)
        {
            reachedAt.Add(teamsUserId);
        }

        var messages = await outbox.ForgetAsync(about, reachedAt, onceKeys, cancellationToken).ConfigureAwait(false);
        LogForgotten(logger, digestsChanged, requestIds.Count, messages);
        return new PersonErasureReport(digestsChanged, requestIds.Count, messages);
    }

    /// <summary>Groups whose past digests may hold their words: those their shared reflections went to.</summary>
    private async Task<int> ForgetInDigestsAsync(string channelId, string person, CancellationToken cancellationToken)
    {
        var byGroup = new Dictionary<string, (HashSet<Guid> Reflections, HashSet<string> Questions)>(StringComparer.Ordinal);
        await foreach (var document in archive.ListAllByAuthorAsync(person, cancellationToken).ConfigureAwait(false))
        {
            if (document.Group is not { } group || document.Sharing == ReflectionSharing.Private)
            {
                continue;
            }

            if (!byGroup.TryGetValue(group, out var theirs))
            {
                theirs = ([], new HashSet<string>(StringComparer.Ordinal));
                byGroup[group] = theirs;
            }

            theirs.Reflections.Add(document.Id);
            if (document.Texts.TryGetValue(DigestMeasures.QuestionInput, out var question) && question.Trim() is { Length: > 0 } text)
            {
                theirs.Questions.Add(text);
            }
        }

        var changed = 0;
        foreach (var (group, theirs) in byGroup)
        {
            changed += await digests.ForgetAsync(channelId, group, theirs.Reflections, theirs.Questions, cancellationToken).ConfigureAwait(false);
        }

        return changed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Forget me: {Digests} past digests cleaned, {Requests} contact requests and {Messages} outbox records deleted")]
    private static partial void LogForgotten(ILogger logger, int digests, int requests, int messages);
}
