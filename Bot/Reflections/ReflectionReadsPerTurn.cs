using Microsoft.Bot.Builder;

namespace SupervisionBot.Bot.Reflections;

/// <summary>
/// Bot Framework middleware: a turn reads each open reflection from storage at most once (see
/// <see cref="OpenReflectionStore.BeginTurn"/>), however many steps of the turn look at it.
/// </summary>
internal sealed class ReflectionReadsPerTurn : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        using var reads = OpenReflectionStore.BeginTurn();
        await next(cancellationToken).ConfigureAwait(false);
    }
}
