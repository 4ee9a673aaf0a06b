using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Hosting;

namespace SupervisionBot.Bot.Proactive;

/// <summary>
/// Sends and updates proactive messages through the bot's own Bot Framework adapter, as the bot's
/// configured app id: a 1:1 with a Teams user is created with <c>CreateConversationAsync</c>
/// (Teams returns the same 1:1 each time), anything else goes through <c>ContinueConversationAsync</c>.
/// Failures come back as <see cref="ConnectorFailure"/>. The callbacks catch their own exceptions,
/// so the adapter's turn-error handler (which apologises into the chat) never runs for them.
/// The adapter is resolved on first use, not at start-up: the retrier is a hosted service, and
/// building the adapter early would bypass the authentication options' own start-up validation.
/// </summary>
internal class ProactiveConnector(IServiceProvider services, IOptions<BotAuthenticationOptions> authentication)
{
    private SupervisionBotAdapter Adapter => services.GetRequiredService<SupervisionBotAdapter>();

    private string AppId => authentication.Value.MicrosoftAppId ?? string.Empty;

    /// <summary>Sends <paramref name="activity"/>; returns the conversation it went to and the connector's activity id.</summary>
    public virtual async Task<(string ConversationId, string ActivityId)> SendAsync(
        OutboxAddress to, string? conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(activity);
        string? createdConversation = null;
        ResourceResponse? sent = null;
        Exception? failure = null;

        async Task Send(ITurnContext turn, CancellationToken token)
        {
            createdConversation = turn.Activity.Conversation?.Id;
            try
            {
                sent = await turn.SendActivityAsync(activity, token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
            {
                failure = ex;
            }
        }

        try
        {
            if (to.IsPerson && conversationId is null)
            {
                var parameters = new ConversationParameters
                {
                    IsGroup = false,
                    Members = [new ChannelAccount(to.Id)],
                    TenantId = to.TenantId,
                    ChannelData = new TeamsChannelData { Tenant = new TenantInfo(to.TenantId) },
                };
                await Adapter.CreateConversationAsync(AppId, to.ChannelId, to.ServiceUrl, null, parameters, Send, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await Adapter.ContinueConversationAsync(AppId, Reference(to, conversationId ?? to.Id), Send, cancellationToken).ConfigureAwait(false);
                createdConversation = conversationId ?? to.Id;
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ConnectorFailure.From(ex) is { } translated)
        {
            throw translated;
        }

        if (failure is not null)
        {
            throw ConnectorFailure.From(failure) ?? failure;
        }

        return (createdConversation ?? conversationId ?? to.Id, sent?.Id ?? throw new ConnectorFailure(null, null, new InvalidOperationException("The connector returned no activity id.")));
    }

    /// <summary>Replaces the activity <paramref name="activityId"/> in <paramref name="conversationId"/>.</summary>
    public virtual async Task UpdateAsync(OutboxAddress to, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(activity);
        Exception? failure = null;
        await Adapter.ContinueConversationAsync(
            AppId,
            Reference(to, conversationId),
            async (turn, token) =>
            {
                try
                {
                    activity.Id = activityId;
                    activity.Conversation = turn.Activity.Conversation;
                    await turn.UpdateActivityAsync(activity, token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
                {
                    failure = ex;
                }
            },
            cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            throw ConnectorFailure.From(failure) ?? failure;
        }
    }

    private static ConversationReference Reference(OutboxAddress to, string conversationId) => new()
    {
        ChannelId = to.ChannelId,
        ServiceUrl = to.ServiceUrl,
        Conversation = new ConversationAccount(id: conversationId, tenantId: to.TenantId),
    };
}
