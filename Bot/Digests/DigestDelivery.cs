using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Scheduling;
using SupervisionBot.Bot.Telemetry;
using SupervisionBot.Cards.Digests;
using SupervisionBot.Cards.Model;
using SupervisionBot.Supervision.Groups;
using SupervisionBot.Supervision.Schedules;

namespace SupervisionBot.Bot.Digests;

/// <summary>
/// Sends a group's digest before a meeting: to each supervisor's 1:1 chat, and the shorter group
/// summary to the group's conversation when enough members shared with the group. The digest is
/// recorded before anything is sent, and each message goes out under its own once key, so a
/// retry (or a second instance) resends nothing and every message says the same.
/// </summary>
internal sealed partial class DigestDelivery(
    IGroupDirectory directory,
    IProactiveMessenger messenger,
    GroupDigests digests,
    DigestHistoryStore history,
    TimeProvider time,
    ILogger<DigestDelivery> logger)
{
    public async Task<IReadOnlyList<ProactiveResult>> SendScheduledAsync(
        string channelId, SupervisionGroup group, DateTimeOffset meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var composed = await digests.ComposeAsync(channelId, group, meeting, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var record = await history.AddAsync(channelId, group.Id, composed.Record, cancellationToken).ConfigureAwait(false);
        var trend = (composed with { Record = record }).Trend;
        var conversation = await directory.ConversationOfAsync(channelId, group.Id, cancellationToken).ConfigureAwait(false);

        var results = new List<ProactiveResult>();
        foreach (var supervisor in group.Settings.Supervisors.Where(group.Members.Contains))
        {
            var result = await SendToSupervisorAsync(channelId, group, record, trend, supervisor, conversation, cancellationToken).ConfigureAwait(false);
            results.Add(result);
            if (result is ProactiveResult.Sent)
            {
                BotTelemetry.DigestSent("supervisor");
            }
        }

        if (record.Summary.MeetsMinimum && conversation is not null)
        {
            var result = await messenger.SendOnceAsync(
                new ProactiveMessage(OnceKeys.GroupSummary(group.Id, meeting), conversation, DigestMessages.Group(record.Summary)),
                cancellationToken).ConfigureAwait(false);
            results.Add(result);
            if (result is ProactiveResult.Sent)
            {
                BotTelemetry.DigestSent("group");
            }
        }

        var delivered = results.Count(result => result.Delivered);
        LogScheduledDigest(logger, delivered, results.Count, record.Digest.MeetsMinimum);
        return results;
    }

    /// <summary>
    /// The digest so far, for the group's coming meeting: what was shared since the last digest up
    /// to now. Not recorded; the scheduled digest still covers the whole period.
    /// </summary>
    public async Task<AdaptiveCard> ComposeNowAsync(string channelId, SupervisionGroup group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var now = time.GetUtcNow();
        var meeting = new MeetingSchedule(group.Settings).NextMeeting(now);
        var composed = await digests.ComposeAsync(channelId, group, meeting, now, cancellationToken).ConfigureAwait(false);
        return DigestMessages.SupervisorCard(composed.Record.Digest, composed.Trend);
    }

    private async Task<ProactiveResult> SendToSupervisorAsync(
        string channelId,
        SupervisionGroup group,
        DigestRecord record,
        IReadOnlyList<Supervision.Digests.DigestBaseline> trend,
        string supervisor,
        ProactiveAddress.Conversation? conversation,
        CancellationToken cancellationToken)
    {
        var meeting = record.Meeting;
        var note = DigestNotes.CannotReachSupervisor(group.Settings.Name, ToGroupClock(group, meeting));
        var address = await directory.AddressOfAsync(channelId, supervisor, cancellationToken).ConfigureAwait(false);
        if (address is null)
        {
            // The bot has never met this supervisor, so there is no one to start a chat with: ask in the group.
            if (conversation is null)
            {
                return new ProactiveResult.Unreachable("no address", FallbackPosted: false);
            }

            var posted = await messenger.SendOnceAsync(
                new ProactiveMessage(OnceKeys.DigestNoAddress(group.Id, meeting, supervisor), conversation, (Activity)MessageFactory.Text(note)),
                cancellationToken).ConfigureAwait(false);
            return new ProactiveResult.Unreachable("no address", FallbackPosted: posted.Delivered);
        }

        var fallback = conversation is null ? null : new ProactiveFallback(conversation, note);
        return await messenger.SendOnceAsync(
            new ProactiveMessage(OnceKeys.Digest(group.Id, meeting, supervisor), address, DigestMessages.Supervisor(record.Digest, trend), fallback),
            cancellationToken).ConfigureAwait(false);
    }

    private static DateTimeOffset ToGroupClock(SupervisionGroup group, DateTimeOffset meeting) =>
        MeetingSchedule.TryFindZone(group.Settings.Rhythm.TimeZoneId, out var zone) ? TimeZoneInfo.ConvertTime(meeting, zone) : meeting;

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled digest: {Delivered} of {Messages} messages delivered (minimum met: {MeetsMinimum})")]
    private static partial void LogScheduledDigest(ILogger logger, int delivered, int messages, bool meetsMinimum);
}
