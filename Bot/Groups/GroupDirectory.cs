using System.Runtime.CompilerServices;
using Microsoft.Bot.Schema;
using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Groups;

/// <summary>
/// The <see cref="IGroupDirectory"/> over the session store. Four kinds of document, every key a
/// pseudonym or built from pseudonyms (the store hashes keys again, so nothing readable reaches a
/// blob or file name):
/// <list type="bullet">
/// <item><c>{channel}/groups/{group}</c>: the group itself (<see cref="GroupStore"/>);</item>
/// <item><c>{channel}/groups/{group}/conversation</c>: where its conversation is;</item>
/// <item><c>{channel}/people/{person}</c>: a person's 1:1 address and their groups;</item>
/// <item><c>{channel}/group-index</c>: every group's id, for the scheduler.</item>
/// </list>
/// Shared documents (a person's groups, the index) are changed by read, change, write-if-unchanged,
/// retried on a conflict, so two instances adding at once both land.
/// </summary>
internal sealed partial class GroupDirectory(GroupStore groups, ISessionStore store, ILogger<GroupDirectory> logger) : IGroupDirectory
{
    private const int MaxAttempts = 16;

    /// <summary>How many senders' addresses this instance remembers having stored, so a message costs no directory read.</summary>
    internal const int RecentSendersCapacity = 10_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Channel, string Person), PersonAddress> _recentSenders = new();

    public async Task<IReadOnlyList<GroupMembership>> GroupsOfAsync(string channelId, string userKey, CancellationToken cancellationToken)
    {
        var person = await store.GetAsync(PersonKey(channelId, userKey), cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return [];
        }

        var memberships = new List<GroupMembership>();
        foreach (var groupId in person.Value.Groups)
        {
            if (await groups.GetAsync(channelId, groupId, cancellationToken).ConfigureAwait(false) is { } group
                && group.Value.RoleOf(userKey) is { } role)
            {
                memberships.Add(new GroupMembership(group.Value, role));
            }
        }

        return [.. memberships.OrderBy(m => m.Group.Settings.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(m => m.Group.Id, StringComparer.Ordinal)];
    }

    /// <summary>Groups the person chose to leave (and whose conversation they are still in), so they can rejoin.</summary>
    public async Task<IReadOnlyList<SupervisionGroup>> OptedOutOfAsync(string channelId, string userKey, CancellationToken cancellationToken)
    {
        var person = await store.GetAsync(PersonKey(channelId, userKey), cancellationToken).ConfigureAwait(false);
        var left = new List<SupervisionGroup>();
        foreach (var groupId in person?.Value.Groups ?? [])
        {
            if (await groups.GetAsync(channelId, groupId, cancellationToken).ConfigureAwait(false) is { } group && group.Value.OptedOut.Contains(userKey))
            {
                left.Add(group.Value);
            }
        }

        return left;
    }

    public Task<Stored<SupervisionGroup>?> FindAsync(string channelId, string groupId, CancellationToken cancellationToken) =>
        Pseudonyms.IsValid(groupId) ? groups.GetAsync(channelId, groupId, cancellationToken) : Task.FromResult<Stored<SupervisionGroup>?>(null);

    public async Task<ProactiveAddress.Person?> AddressOfAsync(string channelId, string userKey, CancellationToken cancellationToken) =>
        (await store.GetAsync(PersonKey(channelId, userKey), cancellationToken).ConfigureAwait(false))?.Value.Address is { } address
            ? new ProactiveAddress.Person(channelId, address.ServiceUrl, address.TenantId, address.TeamsUserId)
            : null;

    public async Task<ProactiveAddress.Conversation?> ConversationOfAsync(string channelId, string groupId, CancellationToken cancellationToken) =>
        Pseudonyms.IsValid(groupId) && (await store.GetAsync(ConversationKey(channelId, groupId), cancellationToken).ConfigureAwait(false))?.Value is { } where
            ? new ProactiveAddress.Conversation(channelId, where.ServiceUrl, where.TenantId, where.ConversationId)
            : null;

    public async IAsyncEnumerable<SupervisionGroup> AllAsync(string channelId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var index = await store.GetAsync(IndexKey(channelId), cancellationToken).ConfigureAwait(false);
        foreach (var groupId in index?.Value.GroupIds ?? [])
        {
            // An id whose group was removed after the index was read is simply passed over.
            if (await groups.GetAsync(channelId, groupId, cancellationToken).ConfigureAwait(false) is { } group)
            {
                yield return group.Value;
            }
        }
    }

    /// <summary>
    /// Writes the group if the stored one is still <paramref name="ifMatch"/> (null: only if there
    /// is none), listing it in the index first, so a crash in between leaves an index entry with
    /// no group (passed over), never a group the scheduler cannot find.
    /// </summary>
    public async Task<PutResult> SaveGroupAsync(string channelId, SupervisionGroup group, string? ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        await UpdateAsync(IndexKey(channelId), index => (index ?? GroupIndex.Empty) is var current && current.GroupIds.Contains(group.Id) ? null : new GroupIndex(current.GroupIds.Add(group.Id)), cancellationToken).ConfigureAwait(false);
        return await groups.PutAsync(channelId, group, ifMatch, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the group's settings and its conversation's address, and takes it off the index. Nobody's reflections are touched.</summary>
    public async Task RemoveGroupAsync(string channelId, string groupId, CancellationToken cancellationToken)
    {
        await groups.DeleteAsync(channelId, groupId, cancellationToken).ConfigureAwait(false);
        await store.DeleteAsync(ConversationKey(channelId, groupId), cancellationToken).ConfigureAwait(false);
        await UpdateAsync(IndexKey(channelId), index => index is not null && index.GroupIds.Contains(groupId) ? new GroupIndex(index.GroupIds.Remove(groupId)) : null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Remembers where the group's conversation is; written only when it changed.</summary>
    public Task RememberConversationAsync(string channelId, string groupId, GroupConversationRecord where, CancellationToken cancellationToken) =>
        UpdateAsync(ConversationKey(channelId, groupId), stored => stored == where ? null : where, cancellationToken);

    /// <summary>Remembers how to reach the person 1:1; written only when it changed.</summary>
    public Task RememberAddressAsync(string channelId, string userKey, PersonAddress address, CancellationToken cancellationToken) =>
        UpdateAsync(PersonKey(channelId, userKey), person => person?.Address == address ? null : (person ?? PersonRecord.Empty) with { Address = address }, cancellationToken);

    /// <summary>
    /// Refreshes the 1:1 address of whoever wrote <paramref name="activity"/>: only a person with
    /// an AAD object id (what their pseudonym is made of) and a well-formed http(s) service URL.
    /// </summary>
    public Task RememberSenderAsync(IActivity activity, string userKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (AddressOf(activity) is not { } address || string.IsNullOrWhiteSpace(activity.From?.AadObjectId) || string.IsNullOrEmpty(activity.ChannelId))
        {
            return Task.CompletedTask;
        }

        // The address rarely changes: once this instance has stored it, the person's next messages
        // cost no read. Bounded: past the capacity it starts again from empty.
        var sender = (activity.ChannelId, userKey);
        return _recentSenders.TryGetValue(sender, out var known) && known == address
            ? Task.CompletedTask
            : RememberAndNoteAsync(sender, address, cancellationToken);
    }

    private async Task RememberAndNoteAsync((string Channel, string Person) sender, PersonAddress address, CancellationToken cancellationToken)
    {
        await RememberAddressAsync(sender.Channel, sender.Person, address, cancellationToken).ConfigureAwait(false);
        if (_recentSenders.Count >= RecentSendersCapacity)
        {
            _recentSenders.Clear();
        }

        _recentSenders[sender] = address;
    }

    /// <summary>How to reach the sender of <paramref name="activity"/> 1:1, or <paramref name="teamsUserId"/> on the same service.</summary>
    public static PersonAddress? AddressOf(IActivity activity, string? teamsUserId = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var user = teamsUserId ?? activity.From?.Id;
        return !string.IsNullOrWhiteSpace(user)
            && Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var service)
            && (service.Scheme == Uri.UriSchemeHttps || service.Scheme == Uri.UriSchemeHttp)
                ? new PersonAddress(user, activity.ServiceUrl, GroupIds.TenantOf(activity))
                : null;
    }

    /// <summary>Lists the group among the person's groups (and, when given, remembers their address in the same write).</summary>
    public Task LinkAsync(string channelId, string userKey, string groupId, PersonAddress? address, CancellationToken cancellationToken)
    {
        Pseudonyms.Require(groupId, nameof(groupId));
        return UpdateAsync(
            PersonKey(channelId, userKey),
            stored =>
            {
                var person = stored ?? PersonRecord.Empty;
                var linked = person.Groups.Contains(groupId);
                var sameAddress = address is null || person.Address == address;
                return linked && sameAddress
                    ? null
                    : new PersonRecord(address ?? person.Address, linked ? person.Groups : person.Groups.Add(groupId));
            },
            cancellationToken);
    }

    /// <summary>Takes the group off the person's list (after they leave it, or it is removed).</summary>
    public Task UnlinkAsync(string channelId, string userKey, string groupId, CancellationToken cancellationToken) =>
        UpdateAsync(
            PersonKey(channelId, userKey),
            person => person is not null && person.Groups.Contains(groupId) ? person with { Groups = person.Groups.Remove(groupId) } : null,
            cancellationToken);

    /// <summary>
    /// "Forget me" in the groups: takes the person out of every group that holds them (every group
    /// on the index, and any their own record lists), then forgets their address and list of
    /// groups. Returns how they were known, for the outbox to forget too: their Teams user id
    /// (from the stored address) and the groups they were in.
    /// </summary>
    public async Task<(string? TeamsUserId, IReadOnlyList<string> Groups)> ForgetEverywhereAsync(string channelId, string userKey, CancellationToken cancellationToken)
    {
        var person = (await store.GetAsync(PersonKey(channelId, userKey), cancellationToken).ConfigureAwait(false))?.Value;
        var index = (await store.GetAsync(IndexKey(channelId), cancellationToken).ConfigureAwait(false))?.Value;
        var groupIds = (index?.GroupIds ?? []).Concat(person?.Groups ?? []).Distinct(StringComparer.Ordinal).ToList();
        var held = new List<string>();
        foreach (var groupId in groupIds)
        {
            for (var attempt = 1; ; attempt++)
            {
                if (await groups.GetAsync(channelId, groupId, cancellationToken).ConfigureAwait(false) is not { } stored || !stored.Value.Holds(userKey))
                {
                    break;
                }

                if ((await groups.PutAsync(channelId, stored.Value.Forget(userKey), stored.ETag, cancellationToken).ConfigureAwait(false)).IsSaved)
                {
                    held.Add(groupId);
                    break;
                }

                if (attempt == MaxAttempts)
                {
                    LogGaveUp(logger, nameof(SupervisionGroup), attempt);
                    throw new InvalidOperationException($"A group kept changing under {attempt} attempts to forget a person.");
                }
            }
        }

        await ForgetPersonAsync(channelId, userKey, cancellationToken).ConfigureAwait(false);
        LogForgotten(logger, held.Count);
        return (person?.Address?.TeamsUserId, groupIds);
    }

    /// <summary>Forgets the person's address and list of groups (as part of "forget me").</summary>
    public Task ForgetPersonAsync(string channelId, string userKey, CancellationToken cancellationToken)
    {
        _recentSenders.TryRemove((channelId, userKey), out _);
        return store.DeleteAsync(PersonKey(channelId, userKey), cancellationToken);
    }

    /// <summary>
    /// Read, change, write if unchanged; retried when someone else wrote first. <paramref name="change"/>
    /// is given null for a missing document, and returns null for "nothing to write".
    /// </summary>
    private async Task UpdateAsync<T>(StoreKey<T> key, Func<T?, T?> change, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await store.GetAsync(key, cancellationToken).ConfigureAwait(false);
            if (change(stored?.Value) is not { } next)
            {
                return;
            }

            if ((await store.PutAsync(key, next, stored?.ETag, cancellationToken).ConfigureAwait(false)).IsSaved)
            {
                return;
            }

            if (attempt == MaxAttempts)
            {
                LogGaveUp(logger, typeof(T).Name, attempt);
                throw new InvalidOperationException($"A {typeof(T).Name} kept changing under {attempt} attempts to update it.");
            }
        }
    }

    private static StoreKey<PersonRecord> PersonKey(string channelId, string userKey) =>
        new($"{channelId}/people/{Pseudonyms.Require(userKey, nameof(userKey))}", SessionJsonContext.Default.PersonRecord);

    private static StoreKey<GroupConversationRecord> ConversationKey(string channelId, string groupId) =>
        new($"{channelId}/groups/{Pseudonyms.Require(groupId, nameof(groupId))}/conversation", SessionJsonContext.Default.GroupConversationRecord);

    private static StoreKey<GroupIndex> IndexKey(string channelId) =>
        new($"{channelId}/group-index", SessionJsonContext.Default.GroupIndex);

    [LoggerMessage(Level = LogLevel.Information, Message = "Forget me: taken out of {Count} groups")]
    private static partial void LogForgotten(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave up updating a {Document} after {Attempts} conflicting writes")]
    private static partial void LogGaveUp(ILogger logger, string document, int attempts);
}
