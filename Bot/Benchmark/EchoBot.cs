using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupervisionBot.Bot.Benchmark;

/// <summary>The SDK's minimal echo bot: one text reply per message, nothing stored.</summary>
internal sealed class EchoBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text($"Echo: {turnContext.Activity.Text}"), cancellationToken);
}
