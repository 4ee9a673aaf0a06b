using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using SupervisionBot.Bot.Privacy;

namespace SupervisionBot.Bot.Groups;

/// <summary>
/// Reads who is in the turn's conversation through the Teams member API (a channel's are its
/// team's), page by page, as pseudonyms with their addresses. People without an AAD object id
/// (other bots, some guests) cannot be given a stable pseudonym, so they are left out.
/// </summary>
internal sealed class ConversationMembers(Pseudonymizer pseudonyms)
{
    private const int PageSize = 500;

    public async Task<IReadOnlyList<ConversationMember>> ReadAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var tenant = GroupIds.TenantOf(turn.Activity);
        var members = new List<ConversationMember>();
        string? continuation = null;
        do
        {
            var page = await TeamsInfo.GetPagedMembersAsync(turn, PageSize, continuation, cancellationToken).ConfigureAwait(false);
            members.AddRange(page.Members.Select(member => Of(member, tenant)).OfType<ConversationMember>());
            continuation = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuation));

        return [.. members.DistinctBy(m => m.Pseudonym, StringComparer.Ordinal)];
    }

    /// <summary>A member from the API or from a conversationUpdate; null without an AAD object id or a user id.</summary>
    public ConversationMember? Of(ChannelAccount account, string tenant)
    {
        ArgumentNullException.ThrowIfNull(account);
        return string.IsNullOrWhiteSpace(account.AadObjectId) || string.IsNullOrWhiteSpace(account.Id)
            ? null
            : new ConversationMember(pseudonyms.ForUser(tenant, account.AadObjectId), account.Id, account.Name ?? string.Empty);
    }
}
