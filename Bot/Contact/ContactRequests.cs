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
/// pseudonym, can answer it; the answer tells the therapist in their 1:1 chat.
/// </summary>
internal sealed partial class ContactRequests(
    IGroupDirectory directory,
    IProactiveMessenger messenger,
    ISessionStore store,
    ILogger<ContactRequests> logger)
{
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
        return told switch
        {
            ProactiveResult.Sent => Replace(ContactRequestCard.Acknowledged(asked.CaseLabel, group.Value.Settings.Name, ContactRequestCard.ToldNow)),
            ProactiveResult.AlreadySent => Replace(ContactRequestCard.Acknowledged(asked.CaseLabel, group.Value.Settings.Name, ContactRequestCard.AlreadyTold)),
            ProactiveResult.Queued => Replace(ContactRequestCard.Acknowledged(asked.CaseLabel, group.Value.Settings.Name, ContactRequestCard.TellingSoon)),
            _ => BotReply.Message(CantTellTherapist),
        };
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
                    $"contact/{ask.RequestId:N}/{supervisor}",
                    address,
                    (Activity)CardReplies.ToMessage(card),
                    where is null ? null : new ProactiveFallback(where, FallbackNote)),
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

    private static DeliveryReport Report(ContactNotSent problem) => DeliveryReport.NothingSent with { ContactProblem = problem };

    private static BotReply Replace(AdaptiveCard card) => new(card, ReplacesCard: true);

    private static StoreKey<ContactRequestRecord> Key(string channelId, Guid requestId) =>
        new($"{channelId}/contact-requests/{requestId:N}", SessionJsonContext.Default.ContactRequestRecord);

    [LoggerMessage(Level = LogLevel.Information, Message = "Contact request {RequestId}: delivered to {Delivered} of {Supervisors} supervisors")]
    private static partial void LogSent(ILogger logger, Guid requestId, int delivered, int supervisors);

    [LoggerMessage(Level = LogLevel.Information, Message = "Contact request {RequestId} answered; telling the therapist: {Result}")]
    private static partial void LogAcknowledged(ILogger logger, Guid requestId, string result);
}
