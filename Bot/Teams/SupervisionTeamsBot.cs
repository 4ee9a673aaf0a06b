using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Hosting;
using SupervisionBot.Cards.Groups;
using SupervisionBot.Cards.Help;
using SupervisionBot.Cards.Model;
using SupervisionBot.Cards.Privacy;
using SupervisionBot.Cards.Welcome;
using SupervisionBot.Dialogs.Commands;

namespace SupervisionBot.Bot.Teams;

/// <summary>
/// The Teams edge: turns activities into commands and commands into cards. It holds no
/// clinical logic; flows live in Dialogs and cards in Cards.
/// </summary>
internal sealed partial class SupervisionTeamsBot(
    ConversationState conversationState,
    IOptions<SupervisionBotOptions> options,
    ILogger<SupervisionTeamsBot> logger) : TeamsActivityHandler
{
    internal const string UnreadableCardMessage =
        "Sorry, I couldn't read what that card sent, so nothing has changed. Type help to see what I can do.";

    internal const string OutOfDateCardMessage =
        "This card is out of date, so nothing has changed. Type help to see what I can do now.";

    private readonly IStatePropertyAccessor<ConversationRecord> _conversation =
        conversationState.CreateProperty<ConversationRecord>(nameof(ConversationRecord));

    private readonly SupervisionBotOptions _options = options.Value;

    internal string TooLongMessage =>
        $"That message is longer than I can take ({_options.MaxMessageLength:N0} characters). " +
        "Nothing from it has been kept. Could you send it in shorter parts?";

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var kind = activity.ConversationKind();

        if (activity.Value is not null)
        {
            // A client that sends Action.Submit instead of Action.Execute: same handling, new message.
            var data = CardActionReader.Read(activity.Value);
            var card = data is null ? null : CardForVerb(data.Verb, kind);
            LogCardAction(logger, "submit", data?.Verb is null ? "unreadable" : card is null ? "unknown" : "ok");
            await (card is null
                ? turnContext.SendActivityAsync(data is null ? UnreadableCardMessage : OutOfDateCardMessage, cancellationToken: cancellationToken)
                : turnContext.SendActivityAsync(CardReplies.ToMessage(card), cancellationToken));
            return;
        }

        var text = activity.Text ?? string.Empty;
        if (text.Length > _options.MaxMessageLength)
        {
            LogMessageTooLong(logger, text.Length, _options.MaxMessageLength);
            await turnContext.SendActivityAsync(TooLongMessage, cancellationToken: cancellationToken);
            return;
        }

        if (kind != ConversationKind.Personal)
        {
            text = activity.RemoveRecipientMention() ?? string.Empty;
        }

        var command = CommandParser.Parse(text);
        LogCommand(logger, command, kind);
        var reply = command is { } known ? CardFor(known, kind) : HelpCard.Create(kind != ConversationKind.Personal, didNotUnderstand: true);
        await turnContext.SendActivityAsync(CardReplies.ToMessage(reply), cancellationToken);
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turnContext,
        AdaptiveCardInvokeValue invokeValue,
        CancellationToken cancellationToken)
    {
        var kind = turnContext.Activity.ConversationKind();
        var data = CardActionReader.Read(invokeValue.Action?.Data, invokeValue.Action?.Verb);
        if (data is null)
        {
            LogCardAction(logger, "execute", "unreadable");
            return CardReplies.Note(UnreadableCardMessage);
        }

        var card = CardForVerb(data.Verb, kind);
        LogCardAction(logger, "execute", card is null ? "unknown" : "ok");
        if (card is null)
        {
            return CardReplies.Note(OutOfDateCardMessage);
        }

        // Navigation buttons (help, privacy) open a new card and leave the pressed one in place,
        // so a welcome card is not lost by asking for help.
        await turnContext.SendActivityAsync(CardReplies.ToMessage(card), cancellationToken);
        return CardReplies.Note("See the new card below.");
    }

    protected override async Task OnTeamsMembersAddedAsync(
        IList<TeamsChannelAccount> membersAdded,
        TeamInfo teamInfo,
        ITurnContext<IConversationUpdateActivity> turnContext,
        CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        if (membersAdded.Any(m => m.Id == botId))
        {
            await IntroduceOnceAsync(turnContext, cancellationToken);
        }
    }

    protected override async Task OnTeamsMembersRemovedAsync(
        IList<TeamsChannelAccount> membersRemoved,
        TeamInfo teamInfo,
        ITurnContext<IConversationUpdateActivity> turnContext,
        CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        if (membersRemoved.Any(m => m.Id == botId))
        {
            await _conversation.DeleteAsync(turnContext, cancellationToken);
        }
    }

    protected override Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        _conversation.DeleteAsync(turnContext, cancellationToken);

    // Teams sends both installationUpdate and conversationUpdate when the bot is added, at the
    // same moment; only conversationUpdate introduces, or the two would race and both welcome.
    private async Task IntroduceOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var record = await _conversation.GetAsync(turnContext, () => new ConversationRecord(), cancellationToken);
        if (record.Introduced)
        {
            return;
        }

        record.Introduced = true;
        var kind = turnContext.Activity.ConversationKind();
        var card = kind == ConversationKind.Personal ? WelcomeCard.Create() : GroupIntroductionCard.Create();
        LogIntroduced(logger, kind);
        await turnContext.SendActivityAsync(CardReplies.ToMessage(card), cancellationToken);
    }

    private AdaptiveCard? CardForVerb(string verb, ConversationKind kind) =>
        CommandParser.Parse(verb) is { } command ? CardFor(command, kind) : null;

    private AdaptiveCard CardFor(BotCommand command, ConversationKind kind) => command switch
    {
        BotCommand.Help => HelpCard.Create(kind != ConversationKind.Personal, didNotUnderstand: false),
        BotCommand.Welcome => kind == ConversationKind.Personal ? WelcomeCard.Create() : GroupIntroductionCard.Create(),
        BotCommand.Privacy => PrivacyCard.Create(_options.PrivacyUrl!),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Every command in the catalog needs a card."),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Command {Command} in a {Kind} conversation (empty: not recognised)")]
    private static partial void LogCommand(ILogger logger, BotCommand? command, ConversationKind kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Card action via {Route}: {Outcome}")]
    private static partial void LogCardAction(ILogger logger, string route, string outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a message of {Length} characters (limit {Limit})")]
    private static partial void LogMessageTooLong(ILogger logger, int length, int limit);

    [LoggerMessage(Level = LogLevel.Information, Message = "Introduced the bot in a {Kind} conversation")]
    private static partial void LogIntroduced(ILogger logger, ConversationKind kind);
}
