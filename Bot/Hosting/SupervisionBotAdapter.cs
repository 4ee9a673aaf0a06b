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
            // Ids only, each through the one sanitiser. An exception from reading the input can
            // repeat the values the client sent, so it is logged by type and place, not message.
            var (type, id, channel, replyTo) = (LogSafe.Id(activity.Type), LogSafe.Id(activity.Id), LogSafe.Id(activity.ChannelId), LogSafe.Id(activity.ReplyToId));
            if (IsFromParsingInput(exception))
            {
                LogTurnFailedOnInput(logger, exception.GetType().Name, $"{exception.TargetSite?.DeclaringType?.Name}.{exception.TargetSite?.Name}", type, id, channel, replyTo);
            }
            else
            {
                LogTurnFailed(logger, exception, type, id, channel, replyTo);
            }

            await turnContext.SendActivityAsync(Apology).ConfigureAwait(false);
        };
    }

    private static bool IsFromParsingInput(Exception exception) =>
        exception is FormatException or ArgumentException or System.Text.Json.JsonException or Newtonsoft.Json.JsonException;

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for a {ActivityType} activity {ActivityId} on {ChannelId}, reply to {ReplyToId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string activityType, string activityId, string channelId, string replyToId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed reading its input ({ExceptionType} in {Where}) for a {ActivityType} activity {ActivityId} on {ChannelId}, reply to {ReplyToId}")]
    private static partial void LogTurnFailedOnInput(ILogger logger, string exceptionType, string where, string activityType, string activityId, string channelId, string replyToId);
}
