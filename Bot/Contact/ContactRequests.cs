using Microsoft.Bot.Schema;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Bot.Routing;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Bot.Teams;
using SupervisionBot.Bot.Telemetry;
using SupervisionBot.Cards.Contact;
using SupervisionBot.Cards.Model;
using SupervisionBot.Dialogs.Engine;

namespace SupervisionBot.Bot.Contact;

/// <summary>
/// Issue 12.3: a request for contact goes to each supervisor of the chosen group at once, as a 1:1
/// card with who asked, the case label and an "I'll be in touch" button, through the outbox (once
/// per request and supervisor, retried when sending fails). Only a supervisor of that group, by
/// pseudonym, can answer it; the answer tells the therapist in their 1:1 chat and updates the
/// other supervisors' cards. A request that waited to be retried and was finally given up is
/// told to the therapist, once.
/// </summary>
internal sealed partial class ContactRequests(
    IGroupDirectory directory,
    IProactiveMessenger messenger,
    ISessionStore store,
    ILogger<ContactRequests> logger) : IProactiveFollowUp
{
    private const string FollowUpPrefix = "contact/";
    private const int MaxAttempts = 8;

    public string Prefix => FollowUpPrefix;

    /// <summary>Posted in the group when a supervisor cannot be messaged 1:1. It says nothing about who asked, or why.</summary>
    internal const string FallbackNote =
        "A supervisor of this group has a message from me that I can't deliver, because they haven't opened a chat with me yet. " +
        "Supervisors: please open a 1:1 chat with me so I can deliver it.";

    /// <summary>Delivers the request in a confirmation view, if it carries one, and says in the view what happened.</summary>
    public async Task<ReflectionView> DeliverAsync(RouteRequest request, ReflectionView view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        switch (view)
        {
            case ReflectionView.Confirmed { Contact: { } ask } confirmed:
                return confirmed with { Delivery = await SendAsync(request, ask, cancellationToken) };
            case ReflectionView.ConfirmedButPending { Contact: { } ask } pending:
                return pending with { Delivery = await SendAsync(request, ask, cancellationToken) };
            default:
                return view;
        }
    }

    /// <summary>"I'll be in touch": tells the therapist (once, whoever answers first) and gives the supervisor their updated card.</summary>
    public async Task<BotReply> AcknowledgeAsync(RouteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var activity = request.Turn.Activity;
        if (!Guid.TryParse(request.Argument, out var requestId)
            || await store.GetAsync(Key(activity.ChannelId, requestId), cancellationToken) is not { } stored)
        {
            return BotReply.Message(ContactRequestCard.NoLongerOpen);
        }

        var asked = stored.Value;
        var group = await directory.FindAsync(activity.ChannelId, asked.Group, cancellationToken);
        if (group is null || !group.Value.IsSupervisor(request.UserKey))
        {
            BotTelemetry.ContactAcknowledged("refused");
            return BotReply.Message(ContactRequestCard.NotYours);
        }

        var groupName = group.Value.Settings.Name;
        if (asked.Answered)
        {
            BotTelemetry.ContactAcknowledged("already-told");
            return Replace(ContactRequestCard.Acknowledged(asked.CaseLabel, groupName, ContactRequestCard.AlreadyTold));
        }

        var supervisor = activity.From?.Name is { Length: > 0 } name ? name : "Your supervisor";
        var told = await messenger.SendOnceAsync(
            new ProactiveMessage(
                $"contact/{requestId:N}/answered",
                new ProactiveAddress.Conversation(activity.ChannelId, asked.ServiceUrl, asked.TenantId, asked.ChatId),
                (Activity)CardReplies.ToMessage(ContactRequestCard.TherapistTold(supervisor, asked.CaseLabel))),
            cancellationToken);
        BotTelemetry.ContactAcknowledged(told switch
        {
            ProactiveResult.Sent => "told",
            ProactiveResult.AlreadySent => "already-told",
            ProactiveResult.Queued => "waiting",
            _ => "undeliverable",
        });
        LogAcknowledged(logger, requestId, told.GetType().Name);
        if (told is ProactiveResult.Sent or ProactiveResult.Queued)
        {
            // This press answered it: remembered on the request (only as read, so a request forgotten
            // meanwhile is not written back), and shown on the other supervisors' cards.
            await store.PutAsync(Key(activity.ChannelId, requestId), asked with { Answered = true }, stored.ETag, cancellationToken);
            var others = ContactRequestCard.AnsweredByAnother(supervisor, asked.CaseLabel, groupName, therapistTold: told is ProactiveResult.Sent);
            await UpdateCardsAsync(requestId, group.Value.Settings.Supervisors.Where(s => s != request.UserKey && s != asked.Therapist), others, cancellationToken);
        }

        return told switch
        {
            ProactiveResult.Sent => Replace(ContactRequestCard.Acknowledged(asked.CaseLabel, groupName, ContactRequestCard.ToldNow)),
            ProactiveResult.AlreadySent => Replace(ContactRequestCard.Acknowledged(asked.CaseLabel, groupName, ContactRequestCard.AlreadyTold)),
            ProactiveResult.Queued => Replace(ContactRequestCard.Acknowledged(asked.CaseLabel, groupName, ContactRequestCard.TellingSoon)),
            _ => BotReply.Message(CantTellTherapist),
        };
    }

    /// <summary>
    /// The retrier gave up a request's message to one supervisor after it had waited. If no
    /// supervisor has it and none is still being tried, the therapist is told plainly, once.
    /// </summary>
    public async Task GivenUpAsync(string followUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        var (channel, id) = followUp[FollowUpPrefix.Length..].Split('/') is [var c, var r] && Guid.TryParseExact(r, "N", out var parsed)
            ? (c, parsed)
            : (string.Empty, Guid.Empty);
        if (id == Guid.Empty || await store.GetAsync(Key(channel, id), cancellationToken) is not { Value: { Answered: false } asked })
        {
            // Unreadable, forgotten, or answered after all.
            return;
        }

        var group = await directory.FindAsync(channel, asked.Group, cancellationToken);
        foreach (var supervisor in group?.Value.Settings.Supervisors.Where(s => s != asked.Therapist) ?? [])
        {
            // Delivered, possibly delivered, or still being tried: nothing to tell yet.
            if (await messenger.StateOfAsync(SupervisorKey(id, supervisor), cancellationToken) is OutboxState.Sent or OutboxState.Unconfirmed or OutboxState.Queued or OutboxState.Sending)
            {
                return;
            }
        }

        var result = await messenger.SendOnceAsync(
            new ProactiveMessage(
                $"contact/{id:N}/not-reached",
                new ProactiveAddress.Conversation(channel, asked.ServiceUrl, asked.TenantId, asked.ChatId),
                (Activity)CardReplies.ToMessage(ContactRequestCard.NotDelivered(asked.CaseLabel))),
            cancellationToken);
        BotTelemetry.ContactRequest("given-up");
        LogGivenUp(logger, id, result.GetType().Name);
    }

    /// <summary>What "my data" shows about the therapist's requests for contact.</summary>
    public async Task<IReadOnlyList<HeldContactRequest>> HeldForAsync(string channelId, string therapist, CancellationToken cancellationToken)
    {
        var held = new List<HeldContactRequest>();
        foreach (var id in (await store.GetAsync(IndexKey(channelId, therapist), cancellationToken))?.Value.Requests ?? [])
        {
            if (await store.GetAsync(Key(channelId, id), cancellationToken) is { } stored)
            {
                var group = await directory.FindAsync(channelId, stored.Value.Group, cancellationToken);
                held.Add(new HeldContactRequest(stored.Value.CaseLabel, group?.Value.Settings.Name, stored.Value.Answered));
            }
        }

        return held;
    }

    /// <summary>
    /// "Forget me": deletes the therapist's requests and their list, and turns each supervisor's
    /// card that still offers "I'll be in touch" into one saying the request is no longer open.
    /// Returns the requests' ids and once keys, for the outbox to forget too.
    /// </summary>
    public async Task<(IReadOnlyList<string> Ids, IReadOnlyList<string> OnceKeys)> ForgetAsync(string channelId, string therapist, CancellationToken cancellationToken)
    {
        var indexKey = IndexKey(channelId, therapist);
        var (ids, onceKeys) = (new List<string>(), new List<string>());
        foreach (var id in (await store.GetAsync(indexKey, cancellationToken))?.Value.Requests ?? [])
        {
            ids.Add(id.ToString("N"));
            onceKeys.AddRange([$"contact/{id:N}/answered", $"contact/{id:N}/not-reached"]);
            if (await store.GetAsync(Key(channelId, id), cancellationToken) is not { } stored)
            {
                continue;
            }

            var group = await directory.FindAsync(channelId, stored.Value.Group, cancellationToken);
            var supervisors = group?.Value.Settings.Supervisors.Where(s => s != therapist).ToList() ?? [];
            onceKeys.AddRange(supervisors.Select(s => SupervisorKey(id, s)));
            if (group is not null)
            {
                await UpdateCardsAsync(id, supervisors, ContactRequestCard.Withdrawn(group.Value.Settings.Name), cancellationToken);
            }

            await store.DeleteAsync(Key(channelId, id), cancellationToken);
        }

        await store.DeleteAsync(indexKey, cancellationToken);
        LogForgotten(logger, ids.Count);
        return (ids, onceKeys);
    }

    /// <summary>Replaces the request's card in each supervisor's chat, where it was delivered; the others have nothing to replace.</summary>
    private async Task UpdateCardsAsync(Guid requestId, IEnumerable<string> supervisors, AdaptiveCard card, CancellationToken cancellationToken)
    {
        var updated = 0;
        foreach (var supervisor in supervisors)
        {
            try
            {
                updated += await messenger.UpdateAsync(SupervisorKey(requestId, supervisor), (Activity)CardReplies.ToMessage(card), cancellationToken) ? 1 : 0;
            }
            catch (ConnectorFailure failure)
            {
                // Their card keeps its button; pressing it is answered kindly from the request as stored.
                LogCardNotUpdated(logger, requestId, failure.Reason);
            }
        }

        LogCardsUpdated(logger, requestId, updated);
    }

    internal const string CantTellTherapist =
        "I couldn't reach them in Teams to pass that on, so please contact them directly.";

    private async Task<DeliveryReport> SendAsync(RouteRequest request, ContactAsk ask, CancellationToken cancellationToken)
    {
        var activity = request.Turn.Activity;
        var channel = activity.ChannelId;
        var group = ask.Group is null ? null : await directory.FindAsync(channel, ask.Group, cancellationToken);
        if (group is null)
        {
            BotTelemetry.ContactRequest("no-group");
            return Report(ContactNotSent.NoGroup);
        }

        // Kept before anything is sent, so an answer can find the therapist however quickly it comes.
        var record = new ContactRequestRecord(request.UserKey, group.Value.Id, ask.CaseLabel, activity.ServiceUrl, GroupIds.TenantOf(activity), activity.Conversation.Id);
        await ListAsync(channel, request.UserKey, ask.RequestId, cancellationToken);
        await store.PutAsync(Key(channel, ask.RequestId), record, ifMatch: null, cancellationToken);

        var therapist = activity.From?.Name is { Length: > 0 } name ? name : "A member of your group";
        var card = ContactRequestCard.Request(therapist, ask.CaseLabel, group.Value.Settings.Name, ask.RequestId.ToString("N"));
        var where = await directory.ConversationOfAsync(channel, group.Value.Id, cancellationToken);
        var results = new List<ProactiveResult>();
        foreach (var supervisor in group.Value.Settings.Supervisors.Where(s => s != request.UserKey))
        {
            if (await directory.AddressOfAsync(channel, supervisor, cancellationToken) is not { } address)
            {
                results.Add(new ProactiveResult.Unreachable("no-address", FallbackPosted: false));
                continue;
            }

            results.Add(await messenger.SendOnceAsync(
                new ProactiveMessage(
                    SupervisorKey(ask.RequestId, supervisor),
                    address,
                    (Activity)CardReplies.ToMessage(card),
                    where is null ? null : new ProactiveFallback(where, FallbackNote))
                {
                    FollowUp = $"{FollowUpPrefix}{channel}/{ask.RequestId:N}",
                },
                cancellationToken));
        }

        var outcome = results.Any(r => r.Delivered) ? "delivered" : results.Any(r => r is ProactiveResult.Queued) ? "waiting" : "undeliverable";
        BotTelemetry.ContactRequest(outcome);
        var delivered = results.Count(r => r.Delivered);
        LogSent(logger, ask.RequestId, delivered, results.Count);
        return outcome switch
        {
            "delivered" => DeliveryReport.NothingSent with { ContactRequestSent = true },
            "waiting" => Report(ContactNotSent.Waiting),
            _ => Report(ContactNotSent.Unreachable),
        };
    }

    /// <summary>Lists the request under the therapist, first, so "forget me" finds it however far sending gets.</summary>
    private async Task ListAsync(string channelId, string therapist, Guid requestId, CancellationToken cancellationToken)
    {
        var key = IndexKey(channelId, therapist);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var stored = await store.GetAsync(key, cancellationToken);
            var index = stored?.Value ?? ContactRequestIndex.Empty;
            if (index.Requests.Contains(requestId)
                || (await store.PutAsync(key, new ContactRequestIndex(index.Requests.Add(requestId)), stored?.ETag, cancellationToken)).IsSaved)
            {
                return;
            }
        }

        throw new InvalidOperationException($"A therapist's list of contact requests kept changing under {MaxAttempts} attempts to update it.");
    }

    private static string SupervisorKey(Guid requestId, string supervisor) => $"contact/{requestId:N}/{supervisor}";

    private static DeliveryReport Report(ContactNotSent problem) => DeliveryReport.NothingSent with { ContactProblem = problem };

    private static BotReply Replace(AdaptiveCard card) => new(card, ReplacesCard: true);

    private static StoreKey<ContactRequestRecord> Key(string channelId, Guid requestId) =>
        new($"{channelId}/contact-requests/{requestId:N}", SessionJsonContext.Default.ContactRequestRecord);

    private static StoreKey<ContactRequestIndex> IndexKey(string channelId, string therapist) =>
        new($"{channelId}/contact-requests/of/{Supervision.Groups.Pseudonyms.Require(therapist, nameof(therapist))}", SessionJsonContext.Default.ContactRequestIndex);

    [LoggerMessage(Level = LogLevel.Information, Message = "Contact request {RequestId}: delivered to {Delivered} of {Supervisors} supervisors")]
    private static partial void LogSent(ILogger logger, Guid requestId, int delivered, int supervisors);

    [LoggerMessage(Level = LogLevel.Information, Message = "Contact request {RequestId} answered; telling the therapist: {Result}")]
    private static partial void LogAcknowledged(ILogger logger, Guid requestId, string result);

    [LoggerMessage(Level = LogLevel.Information, Message = "Contact request {RequestId} given up after waiting; telling the therapist: {Result}")]
    private static partial void LogGivenUp(ILogger logger, Guid requestId, string result);

    [LoggerMessage(Level = LogLevel.Information, Message = "Contact request {RequestId}: {Updated} supervisors' cards updated")]
    private static partial void LogCardsUpdated(ILogger logger, Guid requestId, int updated);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Contact request {RequestId}: a supervisor's card could not be updated ({Reason})")]
    private static partial void LogCardNotUpdated(ILogger logger, Guid requestId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Forget me: {Count} contact requests deleted")]
    private static partial void LogForgotten(ILogger logger, int count);
}
