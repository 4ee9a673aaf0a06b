using Microsoft.Bot.Schema;
using SupervisionBot.Bot.Privacy;

namespace SupervisionBot.Bot.Teams;

internal static class TurnUser
{
    /// <summary>
    /// The pseudonym the bot keeps a person's reflections under: a keyed hash of their tenant and
    /// AAD object id (or channel id where a client sends none), never the id itself.
    /// </summary>
    public static string Key(IActivity activity, Pseudonymizer pseudonyms)
    {
        var tenant = activity.Conversation?.TenantId ?? "no-tenant";
        var id = activity.From?.AadObjectId is { Length: > 0 } aad ? aad : activity.From?.Id ?? "anonymous";
        return pseudonyms.ForUser(tenant, id);
    }
}
