using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

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
        : base(authentication, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            var activity = turnContext.Activity;
            LogTurnFailed(logger, exception, activity.Type, activity.Id, activity.ChannelId);
            await turnContext.SendActivityAsync(Apology).ConfigureAwait(false);
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for a {ActivityType} activity {ActivityId} on {ChannelId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string activityType, string activityId, string channelId);
}
