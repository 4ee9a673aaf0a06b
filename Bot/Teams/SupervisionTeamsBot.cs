using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Hosting;
using SupervisionBot.Bot.MyData;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Cards.Groups;
using SupervisionBot.Cards.Help;
using SupervisionBot.Cards.MyData;
using SupervisionBot.Cards.Privacy;
using SupervisionBot.Cards.Reflection;
using SupervisionBot.Cards.Welcome;
using SupervisionBot.Dialogs.Commands;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Teams;

/// <summary>
/// The Teams edge: turns activities into commands and card actions, and what comes back into
/// cards. It holds no clinical logic; flows live in Dialogs, cards in Cards.
/// </summary>
internal sealed partial class SupervisionTeamsBot(
    ConversationState conversationState,
    ReflectionCoordinator reflections,
    MyDataHandler myData,
    Pseudonymizer pseudonyms,
    IOptions<SupervisionBotOptions> options,
    IOptions<RetentionSettings> retention,
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
            // A client that sends Action.Submit instead of Action.Execute: same handling, new messages.
            var replies = await OnButtonAsync(activity.Value, verb: null, turnContext, cancellationToken);
            await SendAsync(turnContext, replies, cancellationToken);
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

        var reply = new List<BotReply>();
        if (kind == ConversationKind.Personal && await reflections.SettleAsync(User(turnContext), cancellationToken) is { } settled)
        {
            reply.Add(new BotReply(ReflectionViewCards.Render(settled), ReplacesCard: false));
        }

        var command = CommandParser.Parse(text);
        LogCommand(logger, command, kind);
        reply.Add(command is { } known
            ? await RunCommandAsync(known, argument: null, turnContext, cancellationToken)
            : new BotReply(HelpCard.Create(kind != ConversationKind.Personal, didNotUnderstand: true), ReplacesCard: false));
        await SendAsync(turnContext, reply, cancellationToken);
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turnContext,
        AdaptiveCardInvokeValue invokeValue,
        CancellationToken cancellationToken)
    {
        var replies = await OnButtonAsync(invokeValue.Action?.Data, invokeValue.Action?.Verb, turnContext, cancellationToken);
        switch (replies)
        {
            case [{ ReplacesCard: true, Card: { } card }, ..]:
                await SendAsync(turnContext, replies.Skip(1), cancellationToken);
                return CardReplies.Replace(card);
            case [{ Text: { } text }]:
                // Nothing to show but a sentence: say it on the pressed card, leave the card be.
                return CardReplies.Note(text);
        }

        // Navigation buttons (help, privacy, a new reflection) open a new card and leave the
        // pressed one in place, so a welcome card is not lost by asking for help.
        await SendAsync(turnContext, replies, cancellationToken);
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

    /// <summary>A pressed button, from either an invoke or a submit. Unreadable data changes nothing.</summary>
    private async Task<IReadOnlyList<BotReply>> OnButtonAsync(object? payload, string? verb, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var kind = turnContext.Activity.ConversationKind();
        var submission = CardSubmission.Flatten(payload);
        if (submission is not null && SessionAction.TryParse(submission, out var action))
        {
            LogSessionAction(logger, action.Verb);
            var view = kind == ConversationKind.Personal
                ? await reflections.ApplyAsync(User(turnContext), action, submission, cancellationToken)
                : new ReflectionView.PersonalChatOnly();
            return [new BotReply(ReflectionViewCards.Render(view), ReplacesCard: true)];
        }

        var data = CardActionReader.Read(payload, verb);
        if (data is null)
        {
            LogCardAction(logger, "unreadable", "none");
            return [BotReply.Message(UnreadableCardMessage)];
        }

        if (kind != ConversationKind.Personal && (ReflectionVerbs.All.Contains(data.Verb) || ExampleVerbs.All.Contains(data.Verb) || MyDataVerbs.All.Contains(data.Verb)))
        {
            return [new BotReply(ReflectionViewCards.Render(new ReflectionView.PersonalChatOnly()), ReplacesCard: false)];
        }

        // The verb came from the client: only a verb the bot itself puts on cards is logged.
        var known = ReflectionVerbs.All.Contains(data.Verb) || ExampleVerbs.All.Contains(data.Verb) || MyDataVerbs.All.Contains(data.Verb) || CommandParser.Parse(data.Verb) is not null;
        LogCardAction(logger, "verb", known ? data.Verb : "unknown");
        switch (data.Verb)
        {
            case ReflectionVerbs.Resume:
                return [new BotReply(ReflectionViewCards.Render(await reflections.ResumeAsync(User(turnContext), cancellationToken)), ReplacesCard: true)];
            case ReflectionVerbs.DiscardAndStart:
                var flow = FlowFrom(data.Argument);
                var started = await reflections.DiscardAndStartAsync(User(turnContext), flow, cancellationToken);
                return [new BotReply(ReflectionViewCards.Render(started), ReplacesCard: true)];
            case ExampleVerbs.Open:
                var index = int.TryParse(data.Argument, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : -1;
                return [new BotReply(ReflectionViewCards.Render(reflections.Example(index)), ReplacesCard: true)];
            case ExampleVerbs.List:
                return [new BotReply(ReflectionViewCards.Render(ReflectionCoordinator.Examples()), ReplacesCard: true)];
            case MyDataVerbs.Delete:
                return [new BotReply(await myData.AskDeleteAsync(User(turnContext), data.Argument, cancellationToken), ReplacesCard: false)];
            case MyDataVerbs.DeleteConfirmed:
                return [new BotReply(await myData.DeleteAsync(User(turnContext), data.Argument, cancellationToken), ReplacesCard: true)];
            case MyDataVerbs.ForgetConfirmed:
                var forgotten = await myData.ForgetAsync(User(turnContext), cancellationToken);
                await _conversation.DeleteAsync(turnContext, cancellationToken);
                return [new BotReply(forgotten, ReplacesCard: true)];
            case MyDataVerbs.Cancel:
                return [new BotReply(MyDataCards.Kept(), ReplacesCard: true)];
        }

        if (CommandParser.Parse(data.Verb) is { } command)
        {
            return [await RunCommandAsync(command, data.Argument, turnContext, cancellationToken)];
        }

        return [BotReply.Message(OutOfDateCardMessage)];
    }

    private async Task<BotReply> RunCommandAsync(BotCommand command, string? argument, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var kind = turnContext.Activity.ConversationKind();
        var inGroup = kind != ConversationKind.Personal;
        if (inGroup && !CommandCatalog.Describe(command).InGroups && command != BotCommand.Welcome)
        {
            return new BotReply(ReflectionViewCards.Render(new ReflectionView.PersonalChatOnly()), ReplacesCard: false);
        }

        var card = command switch
        {
            BotCommand.Reflect => ReflectionViewCards.Render(await reflections.StartAsync(User(turnContext), FlowFrom(argument), cancellationToken)),
            BotCommand.Quick => ReflectionViewCards.Render(await reflections.StartAsync(User(turnContext), QuickCheckInFlow.Id, cancellationToken)),
            BotCommand.Resume => ReflectionViewCards.Render(await reflections.ResumeAsync(User(turnContext), cancellationToken)),
            BotCommand.Cancel => ReflectionViewCards.Render(await reflections.CancelAsync(User(turnContext), cancellationToken)),
            BotCommand.Examples => ReflectionViewCards.Render(ReflectionCoordinator.Examples()),
            BotCommand.MyReflections or BotCommand.Delete => await myData.ListAsync(User(turnContext), cancellationToken),
            BotCommand.Export => await myData.ExportAsync(User(turnContext), cancellationToken),
            BotCommand.ForgetMe => MyDataCards.ConfirmForgetMe(),
            BotCommand.Help => HelpCard.Create(inGroup, didNotUnderstand: false),
            BotCommand.Welcome => inGroup ? GroupIntroductionCard.Create() : WelcomeCard.Create(),
            BotCommand.Privacy => PrivacyCard.Create(_options.PrivacyUrl!, retention.Value.ReflectionDays),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Every command in the catalog needs a card."),
        };
        return new BotReply(card, ReplacesCard: false);
    }

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

    private static FlowId FlowFrom(string? argument) =>
        argument is { Length: > 0 } && FlowCatalog.Standard.All.FirstOrDefault(f => f.Id.Value == argument) is { } flow
            ? flow.Id
            : SessionReflectionFlow.Id;

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Command {Command} in a {Kind} conversation (empty: not recognised)")]
    private static partial void LogCommand(ILogger logger, BotCommand? command, ConversationKind kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Card action (session): {Verb}")]
    private static partial void LogSessionAction(ILogger logger, SessionVerb verb);

    [LoggerMessage(Level = LogLevel.Information, Message = "Card action ({Route}): {Verb}")]
    private static partial void LogCardAction(ILogger logger, string route, string verb);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a message of {Length} characters (limit {Limit})")]
    private static partial void LogMessageTooLong(ILogger logger, int length, int limit);

    [LoggerMessage(Level = LogLevel.Information, Message = "Introduced the bot in a {Kind} conversation")]
    private static partial void LogIntroduced(ILogger logger, ConversationKind kind);
}
