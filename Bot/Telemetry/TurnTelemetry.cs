using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupervisionBot.Bot.Telemetry;

/// <summary>
/// Bot Framework middleware: one span and one count per turn, by activity kind, and a count of
/// every reply the connector refused. Only the kind and conversation type are recorded; ids,
/// names and text never are.
/// </summary>
internal sealed class TurnTelemetry : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var kind = KindOf(turnContext.Activity);
        var conversationType = ConversationTypeOf(turnContext.Activity);
        using var span = BotTelemetry.Source.StartActivity("turn " + kind);
        span?.SetTag("activity.kind", kind);
        span?.SetTag("conversation.type", conversationType);
        BotTelemetry.Turn(kind, conversationType);

        turnContext.OnSendActivities(async (_, activities, send) =>
        {
            try
            {
                return await send().ConfigureAwait(false);
            }
            catch (Exception) when (Count(activities))
            {
                throw;
            }
        });
        turnContext.OnUpdateActivity(async (_, activity, update) =>
        {
            try
            {
                return await update().ConfigureAwait(false);
            }
            catch (Exception) when (Count([activity]))
            {
                throw;
            }
        });

        await next(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A short, fixed vocabulary: what kind of thing arrived, never what it said.</summary>
    internal static string KindOf(IActivity activity) => activity.Type switch
    {
        ActivityTypes.Message when activity is IMessageActivity { Value: not null } => "card_submit",
        ActivityTypes.Message => "message",
        ActivityTypes.Invoke when activity is IInvokeActivity { Name: "adaptiveCard/action" } => "card_action",
        ActivityTypes.Invoke => "invoke_other",
        ActivityTypes.ConversationUpdate => "conversation_update",
        ActivityTypes.InstallationUpdate => "installation_update",
        ActivityTypes.MessageReaction => "reaction",
        _ => "other",
    };

    private static string ConversationTypeOf(Activity activity) => activity.Conversation?.ConversationType switch
    {
        "personal" => "personal",
        "groupChat" => "groupChat",
        "channel" => "channel",
        _ => "other",
    };

    private static bool Count(IEnumerable<Activity> activities)
    {
        foreach (var activity in activities)
        {
            BotTelemetry.ConnectorSendFailed(activity.Type == ActivityTypes.Message ? "message" : "other");
        }

        // Only counted: the exception goes on to the turn-error handler unchanged.
        return false;
    }
}
