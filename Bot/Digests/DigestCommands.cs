using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Routing;
using SupervisionBot.Bot.Scheduling;
using SupervisionBot.Bot.Teams;
using SupervisionBot.Cards.Digests;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Digests;

/// <summary>
/// <c>digest</c> and <c>digests</c>, for supervisors only, checked by pseudonym on every request
/// and every button. In a group conversation the digest goes to the supervisor's 1:1 chat and is
/// never posted in the group; the group is told it was sent only when it really was.
/// </summary>
internal sealed class DigestCommands(
    Pseudonymizer pseudonyms,
    IGroupDirectory directory,
    IProactiveMessenger messenger,
    DigestDelivery delivery,
    DigestHistoryStore history)
{
    public async Task<BotReply> DigestAsync(RouteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var activity = request.Turn.Activity;
        if (request.Kind != ConversationKind.Personal)
        {
            var stored = await directory.FindAsync(activity.ChannelId, GroupIds.Of(activity, pseudonyms), cancellationToken);
            if (stored?.Value is not { } group || !group.IsSupervisor(request.UserKey))
            {
                return BotReply.Message(Router.SupervisorsOnlyMessage);
            }

            var card = await delivery.ComposeNowAsync(activity.ChannelId, group, cancellationToken);
            var to = new ProactiveAddress.Person(activity.ChannelId, activity.ServiceUrl, activity.Conversation.TenantId, activity.From.Id);
            var result = await messenger.SendOnceAsync(
                new ProactiveMessage(OnceKeys.OnDemand(group.Id, request.UserKey, RequestId(activity.Id)), to, (Microsoft.Bot.Schema.Activity)CardReplies.ToMessage(card)),
                cancellationToken);
            return BotReply.Message(result switch
            {
                ProactiveResult.Sent or ProactiveResult.AlreadySent => DigestNotes.SentToYourChat,
                ProactiveResult.Queued => DigestNotes.QueuedForYourChat,
                _ => DigestNotes.CannotReachYou,
            });
        }

        var supervised = await SupervisedAsync(activity.ChannelId, request.UserKey, cancellationToken);
        return supervised.Count switch
        {
            0 => BotReply.Message(DigestNotes.NotASupervisor),
            1 => New(await delivery.ComposeNowAsync(activity.ChannelId, supervised[0], cancellationToken)),
            _ => New(DigestChoiceCards.ChooseGroup([.. supervised.Select(group => (group.Id, group.Settings.Name))])),
        };
    }

    /// <summary>The digest so far for the group a supervisor of several chose.</summary>
    public async Task<BotReply> ForGroupAsync(RouteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = request.Turn.Activity.ChannelId;
        return await SupervisedGroupAsync(channel, request.Argument, request.UserKey, cancellationToken) is { } group
            ? New(await delivery.ComposeNowAsync(channel, group, cancellationToken))
            : BotReply.Message(DigestNotes.NotASupervisor);
    }

    public async Task<BotReply> PastAsync(RouteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = request.Turn.Activity.ChannelId;
        var supervised = await SupervisedAsync(channel, request.UserKey, cancellationToken);
        if (supervised.Count == 0)
        {
            return BotReply.Message(DigestNotes.NotASupervisor);
        }

        var past = new List<PastDigest>();
        foreach (var group in supervised)
        {
            var records = (await history.GetAsync(channel, group.Id, cancellationToken)).Records;
            past.AddRange(records.Select(record => new PastDigest(group.Settings.Name, record.Meeting, record.Digest.MeetsMinimum, OpenArgument(group.Id, record.Meeting))));
        }

        return New(DigestChoiceCards.Past([.. past.OrderByDescending(digest => digest.Meeting)]));
    }

    public async Task<BotReply> OpenAsync(RouteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = request.Turn.Activity.ChannelId;
        if (!TryReadOpenArgument(request.Argument, out var groupId, out var meeting)
            || await SupervisedGroupAsync(channel, groupId, request.UserKey, cancellationToken) is not { } group)
        {
            return BotReply.Message(DigestNotes.NotASupervisor);
        }

        var past = await history.GetAsync(channel, group.Id, cancellationToken);
        if (past.Records.FirstOrDefault(record => record.Meeting.ToUnixTimeSeconds() / 60 == meeting) is not { } record)
        {
            return BotReply.Message(SupervisionTeamsBot.OutOfDateCardMessage);
        }

        var trend = past.BaselinesBefore(record.Meeting).Concat(record.Digest.Baseline is { } baseline ? [baseline] : []).ToList();
        return New(DigestMessages.SupervisorCard(record.Digest, trend));
    }

    internal static string OpenArgument(string groupId, DateTimeOffset meeting) =>
        string.Create(CultureInfo.InvariantCulture, $"{groupId}.{meeting.ToUnixTimeSeconds() / 60}");

    private static bool TryReadOpenArgument(string? argument, out string groupId, out long meetingMinute)
    {
        groupId = string.Empty;
        meetingMinute = 0;
        var parts = argument?.Split('.') ?? [];
        if (parts.Length != 2 || !Pseudonyms.IsValid(parts[0]) || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out meetingMinute))
        {
            return false;
        }

        groupId = parts[0];
        return true;
    }

    private async Task<IReadOnlyList<SupervisionGroup>> SupervisedAsync(string channelId, string person, CancellationToken cancellationToken) =>
        [.. (await directory.GroupsOfAsync(channelId, person, cancellationToken))
            .Where(membership => membership.Group.IsSupervisor(person))
            .Select(membership => membership.Group)];

    /// <summary>The group, read again now, if <paramref name="person"/> supervises it now.</summary>
    private async Task<SupervisionGroup?> SupervisedGroupAsync(string channelId, string? groupId, string person, CancellationToken cancellationToken) =>
        Pseudonyms.IsValid(groupId) && await directory.FindAsync(channelId, groupId!, cancellationToken) is { } stored && stored.Value.IsSupervisor(person)
            ? stored.Value
            : null;

    /// <summary>A redelivered request has the same activity id, so it sends the digest once; the id itself is not kept.</summary>
    private static string RequestId(string? activityId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(activityId ?? Guid.NewGuid().ToString()))).Substring(0, 16);

    private static BotReply New(Cards.Model.AdaptiveCard card) => new(card, ReplacesCard: false);
}
