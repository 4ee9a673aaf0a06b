using Microsoft.Bot.Schema;

namespace SupervisionBot.Bot.Proactive;

/// <summary>
/// The messenger while the bot cannot start messages: everything is unreachable and nothing is
/// posted, so every caller words its answer as "not sent". Registered only when no real
/// <see cref="IProactiveMessenger"/> is (the outbox that really sends replaces it).
/// </summary>
internal sealed class NoProactiveMessenger : IProactiveMessenger
{
    public Task<ProactiveResult> SendOnceAsync(ProactiveMessage message, CancellationToken cancellationToken) =>
        Task.FromResult<ProactiveResult>(new ProactiveResult.Unreachable("proactive messages are not available", FallbackPosted: false));

    public Task<bool> UpdateAsync(string onceKey, Activity content, CancellationToken cancellationToken) => Task.FromResult(false);
}
