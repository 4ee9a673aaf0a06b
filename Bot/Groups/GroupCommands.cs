using Microsoft.Bot.Builder;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Routing;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Bot.Teams;
using SupervisionBot.Cards.Groups;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Groups;

/// <summary>
/// What people do with a supervision group: set it up and change its settings (the setup card),
/// pause, resume or remove it, and, from the 1:1 chat, list their groups, leave one or rejoin it.
/// Every role is decided by the pseudonym of the person's AAD object id, through the group's own
/// methods; before the first save anyone in the conversation may set it up.
/// </summary>
internal sealed partial class GroupCommands(
    GroupDirectory directory,
    ConversationMembers conversationMembers,
    MemberWorkQueue memberWork,
    Pseudonymizer pseudonyms,
    TimeProvider time,
    ILogger<GroupCommands> logger)
{
    internal const string SupervisorsOnlyMessage =
        "Only this group's supervisors can change its settings, pause, resume or remove it, so nothing has changed. " +
        "If something should change, please ask one of them.";

    internal const string NoGroupYetMessage =
        "There's no supervision group set up in this conversation yet, so nothing has changed. Mention me with setup to set one up.";

    internal const string ChangedMeanwhileMessage =
        "Someone changed this group at the same moment, so nothing has changed. Please mention me with setup to see the settings as they are now.";

    internal const string AlreadyPausedMessage = "This group is already paused: no digests or reminders go out until a supervisor resumes it.";

    internal const string NotPausedMessage = "This group isn't paused: digests and reminders go out as set.";

    internal const string NotInGroupMessage = "You're not in that group now, so nothing has changed. Type groups to see the groups you are in.";

    internal const string SupervisorCannotLeaveMessage =
        "You supervise that group, so leaving works differently: another supervisor can change its settings to take you off, or you can remove the group. Nothing has changed.";

    internal const string MembersUnreadableMessage =
        "I couldn't get this conversation's member list from Teams just now, so I can't show or save the group's settings. Nothing has changed: please try again in a minute.";

    /// <summary>Most people a setup card lists: a card has to stay within Teams' message size.</summary>
    internal const int MostChoices = 60;

    public async Task<BotReply> SetupAsync(RouteRequest request, CancellationToken cancellationToken)
    {
        var (channel, groupId) = Where(request);
        var stored = await directory.FindAsync(channel, groupId, cancellationToken).ConfigureAwait(false);
        if (stored is not null && !MayChange(stored.Value, request.UserKey))
        {
            LogRefused(logger, "setup");
            return BotReply.Message(SupervisorsOnlyMessage);
        }

        if (await MembersAsync(request, cancellationToken).ConfigureAwait(false) is not { } people)
        {
            return BotReply.Message(MembersUnreadableMessage);
        }

        var values = stored is null ? GroupSetupForm.Defaults : GroupSetupForm.ValuesOf(stored.Value.Settings);
        return new BotReply(SetupCard(people, values, [], stored is not null, stored?.Value.NeedsSupervisor ?? false), ReplacesCard: false);
    }

    public async Task<BotReply> SaveAsync(RouteRequest request, CancellationToken cancellationToken)
    {
        var (channel, groupId) = Where(request);
        var stored = await directory.FindAsync(channel, groupId, cancellationToken).ConfigureAwait(false);
        if (stored is not null && !MayChange(stored.Value, request.UserKey))
        {
            LogRefused(logger, "save");
            return BotReply.Message(SupervisorsOnlyMessage);
        }

        var values = request.Press?.Values ?? new Dictionary<string, string>();
        if (await MembersAsync(request, cancellationToken).ConfigureAwait(false) is not { } people)
        {
            // A message, not a redrawn card: the card keeps what was typed, for the next try.
            return BotReply.Message(MembersUnreadableMessage);
        }

        var inConversation = people.Select(p => p.Pseudonym).ToHashSet(StringComparer.Ordinal);
        var form = GroupSetupForm.Read(values, inConversation, time.GetUtcNow());
        if (form.Settings is not { } settings || !form.IsValid)
        {
            LogProblems(logger, form.Problems.Count);
            return new BotReply(SetupCard(people, values, form.Problems, stored is not null, stored?.Value.NeedsSupervisor ?? false), ReplacesCard: true);
        }

        var group = stored is null
            ? new SupervisionGroup { Id = groupId, Settings = settings, Members = [.. inConversation] }
            : Changed(stored.Value, request.UserKey, settings, inConversation);
        if (!(await directory.SaveGroupAsync(channel, group, stored?.ETag, cancellationToken).ConfigureAwait(false)).IsSaved)
        {
            return BotReply.Message(ChangedMeanwhileMessage);
        }

        var activity = request.Turn.Activity;
        await directory.RememberConversationAsync(channel, groupId, new GroupConversationRecord(GroupIds.ConversationOf(activity), activity.ServiceUrl, GroupIds.TenantOf(activity)), cancellationToken).ConfigureAwait(false);

        var joining = people.Where(p => group.RoleOf(p.Pseudonym) is not null && stored?.Value.RoleOf(p.Pseudonym) is null).ToList();
        var queued = memberWork.TryEnqueue(new MemberJoin(channel, groupId, activity.ServiceUrl, GroupIds.TenantOf(activity), joining));
        LogSaved(logger, stored is null ? "set up" : "changed", group.Members.Length, joining.Count);

        var supervisorNames = settings.Supervisors.Select(s => people.First(p => p.Pseudonym == s).DisplayName).ToList();
        var told = queued && memberWork.SendsOnboarding ? joining.Count : 0;
        return new BotReply(GroupSettingsSavedCard.Create(settings, supervisorNames, isChange: stored is not null, told), ReplacesCard: true);
    }

    public Task<BotReply> PauseAsync(RouteRequest request, CancellationToken cancellationToken) => SetPausedAsync(request, paused: true, cancellationToken);

    public Task<BotReply> ResumeAsync(RouteRequest request, CancellationToken cancellationToken) => SetPausedAsync(request, paused: false, cancellationToken);

    public async Task<BotReply> AskRemoveAsync(RouteRequest request, CancellationToken cancellationToken)
    {
        var (channel, groupId) = Where(request);
        return await directory.FindAsync(channel, groupId, cancellationToken).ConfigureAwait(false) switch
        {
            null => BotReply.Message(NoGroupYetMessage),
            var stored when !MayChange(stored.Value, request.UserKey) => Refused("remove"),
            var stored => new BotReply(GroupRemovalCard.Confirm(stored.Value.Settings.Name), ReplacesCard: false),
        };
    }

    public async Task<BotReply> RemoveAsync(RouteRequest request, CancellationToken cancellationToken)
    {
        var (channel, groupId) = Where(request);
        var stored = await directory.FindAsync(channel, groupId, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return BotReply.Message(NoGroupYetMessage);
        }

        if (!MayChange(stored.Value, request.UserKey))
        {
            return Refused("remove");
        }

        await directory.RemoveGroupAsync(channel, groupId, cancellationToken).ConfigureAwait(false);
        LogRemoved(logger);
        return new BotReply(GroupRemovalCard.Removed(stored.Value.Settings.Name), ReplacesCard: true);
    }

    public async Task<BotReply> KeepAsync(RouteRequest request, CancellationToken cancellationToken)
    {
        var (channel, groupId) = Where(request);
        var stored = await directory.FindAsync(channel, groupId, cancellationToken).ConfigureAwait(false);
        return stored is null ? BotReply.Message(NoGroupYetMessage) : new BotReply(GroupRemovalCard.Kept(stored.Value.Settings.Name), ReplacesCard: true);
    }

    /// <summary>"groups" in the 1:1 chat.</summary>
    public async Task<BotReply> ListAsync(RouteRequest request, CancellationToken cancellationToken)
    {
        var channel = request.Turn.Activity.ChannelId;
        var memberships = await directory.GroupsOfAsync(channel, request.UserKey, cancellationToken).ConfigureAwait(false);
        var left = await directory.OptedOutOfAsync(channel, request.UserKey, cancellationToken).ConfigureAwait(false);
        return new BotReply(
            GroupListCard.Create(
                [.. memberships.Select(m => new GroupListEntry(m.Group.Id, m.Group.Settings.Name, m.Role, m.Group.IsPaused, m.Group.NeedsSupervisor))],
                [.. left.Select(g => new GroupListEntry(g.Id, g.Settings.Name, GroupRole.Member, g.IsPaused))]),
            ReplacesCard: false);
    }

    public Task<BotReply> LeaveAsync(RouteRequest request, CancellationToken cancellationToken) =>
        ChangeOwnMembershipAsync(request, leave: true, cancellationToken);

    public Task<BotReply> RejoinAsync(RouteRequest request, CancellationToken cancellationToken) =>
        ChangeOwnMembershipAsync(request, leave: false, cancellationToken);

    private async Task<BotReply> ChangeOwnMembershipAsync(RouteRequest request, bool leave, CancellationToken cancellationToken)
    {
        var channel = request.Turn.Activity.ChannelId;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (request.Argument is not { } groupId || await directory.FindAsync(channel, groupId, cancellationToken).ConfigureAwait(false) is not { } stored)
            {
                return BotReply.Message(NotInGroupMessage);
            }

            var group = stored.Value;
            if (leave && group.IsSupervisor(request.UserKey))
            {
                return BotReply.Message(SupervisorCannotLeaveMessage);
            }

            var changed = leave ? group.OptOut(request.UserKey) : (group.OptedOut.Contains(request.UserKey) ? group.OptIn(request.UserKey) : null);
            if (changed is null)
            {
                return BotReply.Message(NotInGroupMessage);
            }

            if ((await directory.SaveGroupAsync(channel, changed, stored.ETag, cancellationToken).ConfigureAwait(false)).IsSaved)
            {
                LogOwnMembership(logger, leave ? "left" : "rejoined");
                return new BotReply(
                    leave ? GroupOnboardingCard.Left(group.Id, group.Settings.Name) : GroupOnboardingCard.Rejoined(group.Settings.Name),
                    ReplacesCard: request.Press is not null);
            }
        }

        return BotReply.Message(ChangedMeanwhileMessage);
    }

    private async Task<BotReply> SetPausedAsync(RouteRequest request, bool paused, CancellationToken cancellationToken)
    {
        var (channel, groupId) = Where(request);
        var stored = await directory.FindAsync(channel, groupId, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return BotReply.Message(NoGroupYetMessage);
        }

        if (stored.Value.IsPaused == paused)
        {
            return MayChange(stored.Value, request.UserKey) ? BotReply.Message(paused ? AlreadyPausedMessage : NotPausedMessage) : Refused(paused ? "pause" : "resume");
        }

        if (stored.Value.SetPaused(request.UserKey, paused) is not { } changed)
        {
            return Refused(paused ? "pause" : "resume");
        }

        if (!(await directory.SaveGroupAsync(channel, changed, stored.ETag, cancellationToken).ConfigureAwait(false)).IsSaved)
        {
            return BotReply.Message(ChangedMeanwhileMessage);
        }

        LogPaused(logger, paused);
        var name = stored.Value.Settings.Name;
        return BotReply.Message(paused
            ? $"{name} is paused: no digests or reminders go out until a supervisor resumes it. Its settings and members' reflections are kept."
            : $"{name} is running again: the next digest and reminders go out as set.");
    }

    /// <summary>A supervisor may change the group; so may anyone in it once it has no supervisor left.</summary>
    private static bool MayChange(SupervisionGroup group, string person) =>
        group.IsSupervisor(person) || (group.NeedsSupervisor && group.Members.Contains(person, StringComparer.Ordinal));

    private static SupervisionGroup Changed(SupervisionGroup group, string actor, GroupSettings settings, IReadOnlySet<string> inConversation)
    {
        var withSettings = group.ChangeSettings(actor, settings) ?? (group with { Settings = settings, IsPaused = false });
        return withSettings with { Members = [.. inConversation.Where(p => !group.OptedOut.Contains(p, StringComparer.Ordinal)).Order(StringComparer.Ordinal)] };
    }

    private BotReply Refused(string action)
    {
        LogRefused(logger, action);
        return BotReply.Message(SupervisorsOnlyMessage);
    }

    private (string Channel, string GroupId) Where(RouteRequest request) =>
        (request.Turn.Activity.ChannelId, GroupIds.Of(request.Turn.Activity, pseudonyms));

    private static Cards.Model.AdaptiveCard SetupCard(IReadOnlyList<ConversationMember> people, IReadOnlyDictionary<string, string> values, IReadOnlyList<SettingsProblem> problems, bool isChange, bool needsSupervisor)
    {
        // Chosen supervisors first, so a long list never hides them; then by name.
        var chosen = (values.GetValueOrDefault(GroupSetupFields.Supervisors) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var listed = people
            .OrderByDescending(p => chosen.Contains(p.Pseudonym))
            .ThenBy(p => p.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .Take(MostChoices)
            .Select(p => new SetupMember(p.Pseudonym, p.DisplayName))
            .ToList();
        return GroupSetupCard.Create(listed, values, problems, isChange, people.Count, needsSupervisor);
    }

    /// <summary>The conversation's members, or null when Teams' member API could not be read (an outage, or the bot no longer in the conversation).</summary>
    private async Task<IReadOnlyList<ConversationMember>?> MembersAsync(RouteRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await conversationMembers.ReadAsync(request.Turn, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && ConnectorFailure.From(exception) is { } failure)
        {
            LogMembersUnreadable(logger, failure.Reason);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The conversation's members could not be read ({Reason}); the group was not shown or changed")]
    private static partial void LogMembersUnreadable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Group {Action} refused: not a supervisor")]
    private static partial void LogRefused(ILogger logger, string action);

    [LoggerMessage(Level = LogLevel.Information, Message = "Group settings not saved: {Count} problems")]
    private static partial void LogProblems(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Group {How}: {Members} members, {Joining} joining")]
    private static partial void LogSaved(ILogger logger, string how, int members, int joining);

    [LoggerMessage(Level = LogLevel.Information, Message = "Group paused: {Paused}")]
    private static partial void LogPaused(ILogger logger, bool paused);

    [LoggerMessage(Level = LogLevel.Information, Message = "Group settings removed")]
    private static partial void LogRemoved(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "A member {How} a group")]
    private static partial void LogOwnMembership(ILogger logger, string how);
}
