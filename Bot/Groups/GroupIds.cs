using Microsoft.Bot.Schema;
using SupervisionBot.Bot.Privacy;

namespace SupervisionBot.Bot.Groups;

/// <summary>
/// A group's id: the pseudonym of its tenant and Teams conversation id. In a channel, a reply in
/// a thread carries the thread in the conversation id (<c>;messageid=…</c>); the group is the
/// channel, so that part is left out.
/// </summary>
internal static class GroupIds
{
    public static string Of(IActivity activity, Pseudonymizer pseudonyms)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(pseudonyms);
        return pseudonyms.ForConversation(TenantOf(activity), ConversationOf(activity));
    }

    /// <summary>The conversation id without a channel thread's <c>;messageid=</c> part.</summary>
    public static string ConversationOf(IActivity activity)
    {
        var id = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation.", nameof(activity));
        var thread = id.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return thread > 0 ? id[..thread] : id;
    }

    /// <summary>The tenant, as <see cref="Teams.TurnUser.Key"/> reads it, so people and groups are pseudonymised alike.</summary>
    public static string TenantOf(IActivity activity) => activity.Conversation?.TenantId is { Length: > 0 } tenant ? tenant : "no-tenant";
}
