using Microsoft.Bot.Schema;

namespace SupervisionBot.Bot.Proactive;

/// <summary>
/// One message the bot starts. <see cref="OnceKey"/> names the work (for example a group's
/// digest for one meeting, to one supervisor): however many instances or retries try to send
/// it, at most one copy is delivered. <see cref="FollowUp"/> names who to tell if it is finally
/// given up after being queued (an <see cref="IProactiveFollowUp"/> claims it by its prefix).
/// </summary>
internal sealed record ProactiveMessage(string OnceKey, ProactiveAddress To, Activity Content, ProactiveFallback? WhenUnreachable = null)
{
    public string? FollowUp { get; init; }
}

/// <summary>
/// Posted in a group conversation when a person cannot be reached 1:1 (usually because they
/// have not installed the app), asking them to open a chat with the bot. It never carries
/// anything from a reflection.
/// </summary>
internal sealed record ProactiveFallback(ProactiveAddress.Conversation Where, string Text);
