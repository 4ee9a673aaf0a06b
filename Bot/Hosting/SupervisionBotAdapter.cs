using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SupervisionBot.Bot.Telemetry;

namespace SupervisionBot.Bot.Hosting;

/// <summary>
/// The Bot Framework adapter with the bot's one turn-error handler: the person gets a short
/// apology, the log gets the exception and the activity's ids, never what anyone wrote.
/// </summary>
internal sealed partial class SupervisionBotAdapter : CloudAdapter
{
    internal const string Apology =
        "Sorry, something went wrong on my side and I couldn't finish that. " +
        "Please try again in a moment; if you were in the middle of a reflection, type resume.";

    public SupervisionBotAdapter(BotFrameworkAuthentication authentication, ILogger<SupervisionBotAdapter> logger)
        : base(authentication, new SanitisingLogger(logger)) // the SDK logs client ids raw
    {
        OnTurnError = async (turnContext, exception) =>
        {
            var activity = turnContext.Activity;
            // Ids only, each through the one sanitiser; the exception is logged by type, since
            // a parsing exception's message can repeat the values the client sent.
            LogTurnFailed(logger, exception.GetType().Name, $"{exception.TargetSite?.DeclaringType?.Name}.{exception.TargetSite?.Name}", LogSafe.Id(activity.Type), LogSafe.Id(activity.Id), LogSafe.Id(activity.ChannelId), LogSafe.Id(activity.ReplyToId));
            await turnContext.SendActivityAsync(Apology).ConfigureAwait(false);
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed ({ExceptionType} in {Where}) for a {ActivityType} activity {ActivityId} on {ChannelId}, reply to {ReplyToId}")]
    private static partial void LogTurnFailed(ILogger logger, string exceptionType, string where, string activityType, string activityId, string channelId, string replyToId);
}
