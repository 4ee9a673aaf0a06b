using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Bot.Hosting;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Bot.Routing;
using SupervisionBot.Cards.Groups;
using SupervisionBot.Cards.Help;
using SupervisionBot.Cards.Welcome;

namespace SupervisionBot.Bot.Teams;

/// <summary>
/// The Teams edge: adapts activities to the <see cref="RouteTable"/> (a typed command or a pressed
/// button becomes one entry, dispatched by the <see cref="Router"/>) and what comes back into
/// messages, in-place card updates or invoke answers. It holds no clinical logic and no routing.
/// </summary>
internal sealed partial class SupervisionTeamsBot(
    Router router,
    ReflectionCoordinator reflections,
    ConversationRecords conversations,
    GroupDirectory directory,
    GroupMembershipEvents membership,
    Pseudonymizer pseudonyms,
    IOptions<SupervisionBotOptions> options,
    ILogger<SupervisionTeamsBot> logger) : TeamsActivityHandler
{
    internal const string UnreadableCardMessage =
        "Sorry, I couldn't read what that card sent, so nothing has changed. Type help to see what I can do.";

    internal const string OutOfDateCardMessage =
        "This card is out of date, so nothing has changed. Type help to see what I can do now.";

    private readonly SupervisionBotOptions _options = options.Value;

    internal string TooLongMessage =>
        $"That message is longer than I can take ({_options.MaxMessageLength:N0} characters). " +
        "Nothing from it has been kept. Could you send it in shorter parts?";

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var kind = activity.ConversationKind();

        if (activity.Value is not null)
        {
            // A client that sends Action.Submit instead of Action.Execute: same handling, new messages.
            var reply = await OnButtonAsync(activity.Value, invokeVerb: null, turnContext, cancellationToken);
            await SendAsync(turnContext, [reply], cancellationToken);
            return;
        }

        var text = activity.Text ?? string.Empty;
        if (text.Length > _options.MaxMessageLength)
        {
            LogMessageTooLong(logger, text.Length, _options.MaxMessageLength);
            await turnContext.SendActivityAsync(TooLongMessage, cancellationToken: cancellationToken);
            return;
        }

        // The SDK's mention removal runs a regex over the text and throws on a message with none.
        if (kind != ConversationKind.Personal && activity.Text is not null)
        {
            text = activity.RemoveRecipientMention() ?? string.Empty;
        }

        // The sender's pseudonym is a keyed hash: made once for the turn.
        var user = User(turnContext);

        // Whoever writes can be reached 1:1 later (a digest, an onboarding note): keep that address fresh.
        await directory.RememberSenderAsync(activity, user, cancellationToken);

        var replies = new List<BotReply>();
        if (kind == ConversationKind.Personal && await reflections.SettleAsync(user, cancellationToken) is { } settled)
        {
            replies.Add(new BotReply(ReflectionViewCards.Render(settled), ReplacesCard: false));
        }

        if (router.FindCommand(text) is { } route)
        {
            replies.Add(await router.DispatchAsync(route, Request(turnContext, user, press: null), cancellationToken));
        }
        else
        {
            LogNotRecognised(logger, kind);
            replies.Add(new BotReply(HelpCard.Create(kind != ConversationKind.Personal, didNotUnderstand: true), ReplacesCard: false));
        }

        await SendAsync(turnContext, replies, cancellationToken);
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turnContext,
        AdaptiveCardInvokeValue invokeValue,
        CancellationToken cancellationToken)
    {
        var reply = await OnButtonAsync(invokeValue.Action?.Data, invokeValue.Action?.Verb, turnContext, cancellationToken);
        switch (reply)
        {
            case { ReplacesCard: true, Card: { } card }:
                return CardReplies.Replace(card);
            case { Text: { } text }:
                // Nothing to show but a sentence: say it on the pressed card, leave the card be.
                return CardReplies.Note(text);
        }

        // Navigation buttons (help, privacy, a new reflection) open a new card and leave the
        // pressed one in place, so a welcome card is not lost by asking for help.
        await SendAsync(turnContext, [reply], cancellationToken);
        return CardReplies.Note("See the new card below.");
    }

    /// <summary>
    /// Members added or removed, handled here rather than by the SDK's Teams dispatch, which looks
    /// up every added member through the connector one by one (seconds for a large team): the
    /// activity already carries each member's id and AAD object id.
    /// </summary>
    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        var added = (activity.MembersAdded ?? []).OfType<ChannelAccount>().ToList();
        var removed = (activity.MembersRemoved ?? []).OfType<ChannelAccount>().ToList();
        if (added.Count == 0 && removed.Count == 0)
        {
            await base.OnConversationUpdateActivityAsync(turnContext, cancellationToken);
            return;
        }

        if (added.Any(m => m.Id == botId))
        {
            await IntroduceOnceAsync(turnContext, cancellationToken);
        }

        if (removed.Any(m => m.Id == botId))
        {
            await membership.BotRemovedAsync(turnContext, cancellationToken);
            await conversations.ForgetAsync(turnContext, cancellationToken);
        }

        if (activity.ConversationKind() != ConversationKind.Personal)
        {
            await membership.JoinedAsync(turnContext, added.Where(m => m.Id != botId), cancellationToken);
            await membership.LeftAsync(turnContext, removed.Where(m => m.Id != botId), cancellationToken);
        }
    }

    protected override Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        conversations.ForgetAsync(turnContext, cancellationToken);

    /// <summary>A pressed button, from either an invoke or a submit. Unreadable data changes nothing.</summary>
    private async Task<BotReply> OnButtonAsync(object? payload, string? invokeVerb, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var press = ButtonPress.Read(payload, invokeVerb);
        if (press is null)
        {
            LogButton(logger, "unreadable");
            return BotReply.Message(UnreadableCardMessage);
        }

        if (router.FindVerb(press.Data.Verb) is not { } route)
        {
            // The verb came from the client: only a verb the bot itself puts on cards is logged.
            LogButton(logger, "unknown");
            return BotReply.Message(OutOfDateCardMessage);
        }

        return await router.DispatchAsync(route, Request(turnContext, User(turnContext), press), cancellationToken);
    }

    // Teams sends both installationUpdate and conversationUpdate when the bot is added, at the
    // same moment; only conversationUpdate introduces, or the two would race and both welcome.
    private async Task IntroduceOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (!await conversations.MarkIntroducedAsync(turnContext, cancellationToken))
        {
            return;
        }

        var kind = turnContext.Activity.ConversationKind();
        var card = kind == ConversationKind.Personal ? WelcomeCard.Create() : GroupIntroductionCard.Create();
        LogIntroduced(logger, kind);
        await turnContext.SendActivityAsync(CardReplies.ToMessage(card), cancellationToken);
    }

    private static RouteRequest Request(ITurnContext turnContext, string user, ButtonPress? press) =>
        new(turnContext, user, turnContext.Activity.ConversationKind(), press);

    private static async Task SendAsync(ITurnContext turnContext, IEnumerable<BotReply> replies, CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
        {
            await (reply.Card is { } card
                ? turnContext.SendActivityAsync(CardReplies.ToMessage(card), cancellationToken)
                : turnContext.SendActivityAsync(reply.Text, cancellationToken: cancellationToken));
        }
    }

    private string User(ITurnContext turnContext) => TurnUser.Key(turnContext.Activity, pseudonyms);

    [LoggerMessage(Level = LogLevel.Information, Message = "Text not recognised as a command in a {Kind} conversation")]
    private static partial void LogNotRecognised(ILogger logger, ConversationKind kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Card action not routed: {Reason}")]
    private static partial void LogButton(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a message of {Length} characters (limit {Limit})")]
    private static partial void LogMessageTooLong(ILogger logger, int length, int limit);

    [LoggerMessage(Level = LogLevel.Information, Message = "Introduced the bot in a {Kind} conversation")]
    private static partial void LogIntroduced(ILogger logger, ConversationKind kind);
}
