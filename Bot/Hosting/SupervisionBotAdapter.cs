using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using SupervisionBot.Bot.Teams;
using SupervisionBot.Bot.Telemetry;

namespace SupervisionBot.Bot.Hosting;

/// <summary>
/// The Bot Framework adapter with the bot's one turn-error handler: the person gets a short
/// apology, the log gets the exception and the activity's ids, never what anyone wrote. A reply
/// that cannot be delivered (the connector refuses it, or cannot be reached) ends the turn
/// cleanly: logged and counted, with no apology sent the same undeliverable way.
/// </summary>
internal sealed partial class SupervisionBotAdapter : CloudAdapter
{
    internal const string Apology =
        "Sorry, something went wrong on my side and I couldn't finish that. " +
        "Please try again in a moment; if you were in the middle of a reflection, type resume.";

    /// <summary>Set in a turn's state when sending or updating one of its activities failed.</summary>
    private const string UndeliveredKey = "SupervisionBot.ReplyUndelivered";

    public SupervisionBotAdapter(BotFrameworkAuthentication authentication, ILogger<SupervisionBotAdapter> logger)
        : base(authentication, new SanitisingLogger(logger)) // the SDK logs client ids raw
    {
        OnTurnError = async (turnContext, exception) =>
        {
            var activity = turnContext.Activity;
            // Ids only, each through the one sanitiser. An exception from reading the input can
            // repeat the values the client sent, so it is logged by type and place, not message.
            var (type, id, channel, replyTo) = (LogSafe.Id(activity.Type), LogSafe.Id(activity.Id), LogSafe.Id(activity.ChannelId), LogSafe.Id(activity.ReplyToId));
            var undelivered = WasUndelivered(turnContext);
            if (undelivered)
            {
                // What the turn did is saved (state is written before replies are sent), so the
                // person can carry on with resume once their client is reachable again.
                LogReplyUndelivered(logger, exception.GetType().Name, type, id, channel, replyTo);
                BotTelemetry.TurnUndelivered("reply");
            }
            else if (IsFromParsingInput(exception))
            {
                LogTurnFailedOnInput(logger, exception.GetType().Name, $"{exception.TargetSite?.DeclaringType?.Name}.{exception.TargetSite?.Name}", type, id, channel, replyTo);
            }
            else
            {
                LogTurnFailed(logger, exception, type, id, channel, replyTo);
            }

            if (activity.Type == ActivityTypes.Invoke && activity.Name == "adaptiveCard/action")
            {
                // Said on the pressed card through the invoke response, which needs no connector.
                await turnContext.SendActivityAsync(new Activity
                {
                    Type = ActivityTypesEx.InvokeResponse,
                    Value = new InvokeResponse { Status = StatusCodes.Status200OK, Body = CardReplies.Note(Apology) },
                }).ConfigureAwait(false);
                return;
            }

            if (undelivered)
            {
                return;
            }

            try
            {
                await turnContext.SendActivityAsync(Apology).ConfigureAwait(false);
            }
            catch (Exception apologyFailure) when (WasUndelivered(turnContext))
            {
                LogReplyUndelivered(logger, apologyFailure.GetType().Name, type, id, channel, replyTo);
                BotTelemetry.TurnUndelivered("apology");
            }
        };
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendActivitiesAsync(turnContext, activities, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (MarkUndelivered(turnContext, cancellationToken))
        {
            throw;
        }
    }

    public override async Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            return await base.UpdateActivityAsync(turnContext, activity, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (MarkUndelivered(turnContext, cancellationToken))
        {
            throw;
        }
    }

    private static bool WasUndelivered(ITurnContext turnContext) => turnContext.TurnState.ContainsKey(UndeliveredKey);

    /// <summary>Notes the failure for the error handler; the exception itself goes on unchanged.</summary>
    private static bool MarkUndelivered(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (!cancellationToken.IsCancellationRequested)
        {
            turnContext.TurnState[UndeliveredKey] = true;
        }

        return false;
    }

    private static bool IsFromParsingInput(Exception exception) =>
        exception is FormatException or ArgumentException or System.Text.Json.JsonException or Newtonsoft.Json.JsonException;

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for a {ActivityType} activity {ActivityId} on {ChannelId}, reply to {ReplyToId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string activityType, string activityId, string channelId, string replyToId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed reading its input ({ExceptionType} in {Where}) for a {ActivityType} activity {ActivityId} on {ChannelId}, reply to {ReplyToId}")]
    private static partial void LogTurnFailedOnInput(ILogger logger, string exceptionType, string where, string activityType, string activityId, string channelId, string replyToId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn ended without its reply: the connector could not be reached or refused it ({ExceptionType}) for a {ActivityType} activity {ActivityId} on {ChannelId}, reply to {ReplyToId}")]
    private static partial void LogReplyUndelivered(ILogger logger, string exceptionType, string activityType, string activityId, string channelId, string replyToId);
}
