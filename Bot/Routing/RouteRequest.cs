using Microsoft.Bot.Builder;
using SupervisionBot.Bot.Teams;

namespace SupervisionBot.Bot.Routing;

/// <summary>One typed command or one pressed button, as a handler sees it.</summary>
/// <param name="Turn">The Teams turn, for handlers that need the connector (member look-ups, proactive messages).</param>
/// <param name="UserKey">The pseudonym of the person who wrote or pressed.</param>
/// <param name="Kind">Where it happened.</param>
/// <param name="Press">The pressed button, or null for a typed command.</param>
internal sealed record RouteRequest(ITurnContext Turn, string UserKey, ConversationKind Kind, ButtonPress? Press)
{
    /// <summary>The button's argument (a flow id, a reflection id), if any.</summary>
    public string? Argument => Press?.Data.Argument;
}
