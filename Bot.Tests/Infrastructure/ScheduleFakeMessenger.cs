using System.Collections.Concurrent;
using Microsoft.Bot.Schema;
using SupervisionBot.Bot.Proactive;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>
/// An in-memory <see cref="IProactiveMessenger"/> for the scheduler's tests (branch <c>schedule</c>),
/// until the real outbox is merged. It records every message it delivers. With
/// <see cref="KeepsOnce"/> false it delivers every request, however often a key repeats, so a test
/// can prove the scheduler's own once-only guard. People in <see cref="Unreachable"/> cannot be
/// reached 1:1; their fallback note is posted in the group instead.
/// </summary>
internal sealed class ScheduleFakeMessenger(bool keepsOnce = true) : IProactiveMessenger
{
    private readonly ConcurrentDictionary<string, byte> _sent = new(StringComparer.Ordinal);

    public bool KeepsOnce { get; } = keepsOnce;

    public ConcurrentBag<string> Unreachable { get; } = [];

    public ConcurrentQueue<Delivered> Delivered { get; } = new();

    /// <summary>What reached <paramref name="where"/> (a Teams user id or a conversation id).</summary>
    public IReadOnlyList<Delivered> To(string where) => [.. Delivered.Where(message => message.Where == where)];

    public Task<ProactiveResult> SendOnceAsync(ProactiveMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var where = Where(message.To);
        if (message.To is ProactiveAddress.Person person && Unreachable.Contains(person.TeamsUserId))
        {
            var posted = false;
            if (message.WhenUnreachable is { } fallback && (!KeepsOnce || _sent.TryAdd("fallback|" + message.OnceKey, 0)))
            {
                Delivered.Enqueue(new Delivered(message.OnceKey + "|fallback", fallback.Where.ConversationId, (Activity)Microsoft.Bot.Builder.MessageFactory.Text(fallback.Text)));
                posted = true;
            }

            return Task.FromResult<ProactiveResult>(new ProactiveResult.Unreachable("app not installed", posted));
        }

        if (KeepsOnce && !_sent.TryAdd(message.OnceKey, 0))
        {
            return Task.FromResult<ProactiveResult>(new ProactiveResult.AlreadySent(where, message.OnceKey));
        }

        Delivered.Enqueue(new Delivered(message.OnceKey, where, message.Content));
        return Task.FromResult<ProactiveResult>(new ProactiveResult.Sent(where, message.OnceKey));
    }

    public Task<bool> UpdateAsync(string onceKey, Activity content, CancellationToken cancellationToken) =>
        Task.FromResult(_sent.ContainsKey(onceKey));

    private static string Where(ProactiveAddress address) => address switch
    {
        ProactiveAddress.Person person => person.TeamsUserId,
        ProactiveAddress.Conversation conversation => conversation.ConversationId,
        _ => throw new ArgumentOutOfRangeException(nameof(address)),
    };
}

/// <summary>One message the fake messenger delivered, and where.</summary>
internal sealed record Delivered(string OnceKey, string Where, Activity Content)
{
    /// <summary>The card's JSON, or the text, as a person would read it.</summary>
    public string Text => Content.Attachments is { Count: > 0 } attachments
        ? string.Join('\n', attachments.Select(attachment => attachment.Content?.ToString() ?? string.Empty))
        : Content.Text ?? string.Empty;

    public bool IsCard => Content.Attachments is { Count: > 0 };
}
