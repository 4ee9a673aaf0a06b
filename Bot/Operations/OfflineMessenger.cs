using Microsoft.Bot.Schema;
using SupervisionBot.Bot.Proactive;

namespace SupervisionBot.Bot.Operations;

/// <summary>
/// The messenger of a command that runs with no Teams connection (the operator's
/// <c>forget-therapist</c>): it sends and updates nothing, and says so. A supervisor's card that
/// it could not update keeps its button, which then answers that the request is no longer open.
/// </summary>
internal sealed class OfflineMessenger : IProactiveMessenger
{
    public Task<ProactiveResult> SendOnceAsync(ProactiveMessage message, CancellationToken cancellationToken) =>
        Task.FromResult<ProactiveResult>(new ProactiveResult.Unreachable("offline", FallbackPosted: false));

    public Task<bool> UpdateAsync(string onceKey, Activity content, CancellationToken cancellationToken) => Task.FromResult(false);
}
