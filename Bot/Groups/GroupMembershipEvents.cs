using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Groups;

/// <summary>
/// A group's members follow its conversation: people added join (and are queued for their
/// onboarding note), people who leave stop receiving anything, and the bot being removed pauses
/// the group, keeping everything. One group write per event, whatever its size; per-member work
/// goes to the <see cref="MemberWorkQueue"/>, so the turn returns at once.
/// </summary>
internal sealed partial class GroupMembershipEvents(
    GroupDirectory directory,
    ConversationMembers members,
    MemberWorkQueue memberWork,
    Pseudonymizer pseudonyms,
    ILogger<GroupMembershipEvents> logger)
{
    private const int MaxAttempts = 8;

    public async Task JoinedAsync(ITurnContext turn, IEnumerable<ChannelAccount> accounts, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var tenant = GroupIds.TenantOf(activity);
        var joining = accounts.Select(account => members.Of(account, tenant)).OfType<ConversationMember>().ToList();
        if (joining.Count == 0)
        {
            return;
        }

        var saved = await ChangeAsync(activity, group => group.WithMembers(joining.Select(m => m.Pseudonym)), cancellationToken).ConfigureAwait(false);
        if (saved is not { } group)
        {
            return;
        }

        var queued = memberWork.TryEnqueue(new MemberJoin(activity.ChannelId, group.Id, activity.ServiceUrl, tenant, [.. joining.Where(m => group.Members.Contains(m.Pseudonym, StringComparer.Ordinal))]));
        LogJoined(logger, joining.Count, queued);
    }

    public async Task LeftAsync(ITurnContext turn, IEnumerable<ChannelAccount> accounts, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var tenant = GroupIds.TenantOf(activity);
        var leaving = accounts.Select(account => members.Of(account, tenant)).OfType<ConversationMember>().Select(m => m.Pseudonym).ToHashSet(StringComparer.Ordinal);
        if (leaving.Count == 0)
        {
            return;
        }

        var saved = await ChangeAsync(
            activity,
            group => leaving.Aggregate(group, (g, person) => g.WithoutPerson(person) with { OptedOut = g.OptedOut.Remove(person, StringComparer.Ordinal) }),
            cancellationToken).ConfigureAwait(false);
        if (saved is not null)
        {
            foreach (var person in leaving)
            {
                await directory.UnlinkAsync(activity.ChannelId, person, saved.Id, cancellationToken).ConfigureAwait(false);
            }

            LogLeft(logger, leaving.Count, saved.IsPaused);
        }
    }

    /// <summary>The bot was removed: the group is paused (its schedule stops) and nothing is deleted.</summary>
    public async Task BotRemovedAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (await ChangeAsync(turn.Activity, group => group with { IsPaused = true }, cancellationToken).ConfigureAwait(false) is not null)
        {
            LogBotRemoved(logger);
        }
    }

    /// <summary>Applies <paramref name="change"/> to the conversation's group, if it has one, retrying on a conflict. The group as saved, or null.</summary>
    private async Task<SupervisionGroup?> ChangeAsync(Activity activity, Func<SupervisionGroup, SupervisionGroup> change, CancellationToken cancellationToken)
    {
        var groupId = GroupIds.Of(activity, pseudonyms);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            if (await directory.FindAsync(activity.ChannelId, groupId, cancellationToken).ConfigureAwait(false) is not { } stored)
            {
                return null;
            }

            var changed = change(stored.Value);
            if (changed.Equals(stored.Value) || (await directory.SaveGroupAsync(activity.ChannelId, changed, stored.ETag, cancellationToken).ConfigureAwait(false)).IsSaved)
            {
                return changed;
            }
        }

        throw new InvalidOperationException($"The group kept changing under {MaxAttempts} attempts to update its members.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} people joined a group's conversation (queued: {Queued})")]
    private static partial void LogJoined(ILogger logger, int count, bool queued);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} people left a group's conversation (group paused: {Paused})")]
    private static partial void LogLeft(ILogger logger, int count, bool paused);

    [LoggerMessage(Level = LogLevel.Information, Message = "The bot was removed from a group's conversation: the group is paused")]
    private static partial void LogBotRemoved(ILogger logger);
}
