using System.Collections.Concurrent;
using Microsoft.Bot.Schema;
using SupervisionBot.Bot.Proactive;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>
/// A stand-in for the proactive messenger (branch <c>contact</c> builds the real one): it keeps
/// what would be sent, once per key, and can hold every send until a test opens <see cref="Gate"/>,
/// to prove a turn did not wait for per-member work. People listed in <see cref="Unreachable"/>
/// cannot be reached, as when the app is not installed for them.
/// </summary>
internal sealed class FakeGroupsMessenger : IProactiveMessenger
{
    private readonly ConcurrentDictionary<string, ProactiveMessage> _sent = new(StringComparer.Ordinal);
    private int _attempts;

    /// <summary>Completed to let sends through; completed already unless a test replaces it.</summary>
    public TaskCompletionSource Gate { get; set; } = CompletedGate();

    public ConcurrentBag<string> Unreachable { get; } = [];

    public IReadOnlyCollection<ProactiveMessage> Sent => [.. _sent.Values];

    public int Attempts => _attempts;

    public async Task<ProactiveResult> SendOnceAsync(ProactiveMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Interlocked.Increment(ref _attempts);
        await Gate.Task.WaitAsync(cancellationToken);
        if (message.To is ProactiveAddress.Person person && Unreachable.Contains(person.TeamsUserId))
        {
            return new ProactiveResult.Unreachable("not installed", FallbackPosted: false);
        }

        return _sent.TryAdd(message.OnceKey, message)
            ? new ProactiveResult.Sent("a:1to1", Guid.NewGuid().ToString())
            : new ProactiveResult.AlreadySent("a:1to1", "earlier");
    }

    public Task<bool> UpdateAsync(string onceKey, Activity content, CancellationToken cancellationToken) =>
        Task.FromResult(_sent.ContainsKey(onceKey));

    /// <summary>Waits (polling, with no wall-clock limit of its own beyond the test's) until <paramref name="count"/> messages are kept.</summary>
    public async Task WaitForAsync(int count, CancellationToken cancellationToken)
    {
        while (_sent.Count < count)
        {
            await Task.Delay(20, cancellationToken);
        }
    }

    private static TaskCompletionSource CompletedGate()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        gate.SetResult();
        return gate;
    }
}
