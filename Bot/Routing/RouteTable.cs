using System.Collections.Frozen;
using System.Globalization;
using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Contact;
using SupervisionBot.Bot.Digests;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Bot.Hosting;
using SupervisionBot.Bot.MyData;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Bot.Scheduling;
using SupervisionBot.Bot.Teams;
using SupervisionBot.Cards.Contact;
using SupervisionBot.Cards.Digests;
using SupervisionBot.Cards.Groups;
using SupervisionBot.Cards.Help;
using SupervisionBot.Cards.MyData;
using SupervisionBot.Cards.Privacy;
using SupervisionBot.Cards.Reflection;
using SupervisionBot.Cards.Reminders;
using SupervisionBot.Cards.Welcome;
using SupervisionBot.Dialogs.Commands;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Routing;

/// <summary>
/// Everything the bot can be asked to do, one entry per command and per button verb: where it
/// may be used, who may use it, its help text and its handler. Adding a command or a button means
/// adding one entry here (and, for a command, its words in the <see cref="CommandCatalog"/>).
/// The <see cref="Router"/> enforces where and who; handlers can take both as given.
/// </summary>
internal sealed class RouteTable
{
    private readonly ReflectionCoordinator _reflections;
    private readonly MyDataHandler _myData;
    private readonly ConversationRecords _conversations;
    private readonly FlowCatalog _flows;
    private readonly IGroupDirectory _groups;
    private readonly ContactRequests _contact;
    private readonly SupervisionBotOptions _options;
    private readonly RetentionSettings _retention;
    private readonly DigestCommands _digests;
    private readonly ReminderCommands _reminders;
    private readonly FrozenDictionary<BotCommand, Route> _commands;
    private readonly FrozenDictionary<string, Route> _verbs;

    public RouteTable(
        ReflectionCoordinator reflections,
        MyDataHandler myData,
        ConversationRecords conversations,
        GroupCommands groupCommands,
        FlowCatalog flows,
        IOptions<SupervisionBotOptions> options,
        IOptions<RetentionSettings> retention,
        IGroupDirectory groups,
        ContactRequests contact,
        DigestCommands digests,
        ReminderCommands reminders)
    {
        _reflections = reflections;
        _myData = myData;
        _conversations = conversations;
        _flows = flows;
        _options = options.Value;
        _retention = retention.Value;
        _groups = groups;
        _contact = contact;
        _digests = digests;
        _reminders = reminders;

        All =
        [
            Route.For(BotCommand.Reflect, Places.Personal, Audience.Anyone, (r, ct) => ReplyAsync(r, _reflections.StartAsync(r.UserKey, FlowFrom(r.Argument, BotCommand.Reflect), ct), ct)),
            Route.For(BotCommand.Quick, Places.Personal, Audience.Anyone, (r, ct) => ReplyAsync(r, _reflections.StartAsync(r.UserKey, FlowFrom(null, BotCommand.Quick), ct), ct)),
            Route.For(BotCommand.Resume, Places.Personal, Audience.Anyone, (r, ct) => ReplyAsync(r, _reflections.ResumeAsync(r.UserKey, ct), ct)),
            Route.For(BotCommand.Cancel, Places.Personal, Audience.Anyone, (r, ct) => ReplyAsync(r, _reflections.CancelAsync(r.UserKey, ct), ct)),
            Route.For(BotCommand.Examples, Places.Personal, Audience.Anyone, (_, _) => Task.FromResult(New(ReflectionViewCards.Render(ReflectionCoordinator.Examples())))),
            Route.For(BotCommand.MyReflections, Places.Personal, Audience.Anyone, async (r, ct) => New(await _myData.ListAsync(r.Turn.Activity.ChannelId, r.UserKey, ct))),
            Route.For(BotCommand.Export, Places.Personal, Audience.Anyone, async (r, ct) => New(await _myData.ExportAsync(r.UserKey, ct))),
            Route.For(BotCommand.Delete, Places.Personal, Audience.Anyone, async (r, ct) => New(await _myData.ListAsync(r.Turn.Activity.ChannelId, r.UserKey, ct))),
            Route.For(BotCommand.ForgetMe, Places.Personal, Audience.Anyone, (_, _) => Task.FromResult(New(MyDataCards.ConfirmForgetMe()))),
            Route.For(BotCommand.Help, Places.Anywhere, Audience.Anyone, (r, _) => Task.FromResult(New(HelpCard.Create(r.Kind != ConversationKind.Personal, didNotUnderstand: false)))),

            // In a group it introduces the bot again, but it is not offered there; nor in Teams' menu, which holds twelve (typing hello is enough).
            Route.For(BotCommand.Welcome, Places.Anywhere, Audience.Anyone, (r, _) => Task.FromResult(New(r.Kind == ConversationKind.Personal ? WelcomeCard.Create() : GroupIntroductionCard.Create())), listed: Places.None),
            Route.For(BotCommand.Privacy, Places.Anywhere, Audience.Anyone, (_, _) => Task.FromResult(New(PrivacyCard.Create(_options.PrivacyUrl!, _retention.ReflectionDays)))),

            // Groups: who may change one is decided inside, by pseudonym, because before the first save anyone may set it up.
            Route.For(BotCommand.Groups, Places.Personal, Audience.Anyone, groupCommands.ListAsync),
            Route.For(BotCommand.Setup, Places.Groups, Audience.Anyone, groupCommands.SetupAsync),
            Route.For(BotCommand.PauseGroup, Places.Groups, Audience.Anyone, groupCommands.PauseAsync),
            Route.For(BotCommand.ResumeGroup, Places.Groups, Audience.Anyone, groupCommands.ResumeAsync),
            Route.For(BotCommand.RemoveGroup, Places.Groups, Audience.Anyone, groupCommands.AskRemoveAsync),

            // Supervisors only: the handlers check the role by pseudonym, in a group from the group
            // stored for the conversation and in a 1:1 chat from the groups the person supervises.
            // The manifest's personal list is full (12), so these three are offered there by help alone.
            Route.For(BotCommand.Digest, Places.Anywhere, Audience.Anyone, _digests.DigestAsync, listed: Places.Groups),
            Route.For(BotCommand.Digests, Places.Personal, Audience.Anyone, _digests.PastAsync, listed: Places.None),
            Route.For(BotCommand.Reminders, Places.Personal, Audience.Anyone, _reminders.ShowAsync, listed: Places.None),

            Session(ReflectionVerbs.Next, "Keep this card's answers and go on to the next card."),
            Session(ReflectionVerbs.Back, "Go back one card, keeping what is written."),
            Session(ReflectionVerbs.Skip, "Pass over a card that can be left out."),
            Session(ReflectionVerbs.Save, "Keep the reflection as it is and come back to it later."),
            Session(ReflectionVerbs.Edit, "From the review, open one card again."),
            Session(ReflectionVerbs.Confirm, "From the review, save the reflection as shown."),
            Session(ReflectionVerbs.Discard, "Throw the open reflection away."),
            Session(ReflectionVerbs.Hide, "From the review, hide further words before saving."),
            Route.ForVerb(ReflectionVerbs.Resume, Places.Personal, Audience.Anyone, "Pick up the open reflection where it was left.", ResumeAsync),
            Route.ForVerb(ReflectionVerbs.DiscardAndStart, Places.Personal, Audience.Anyone, "Throw the open reflection away and start the one asked for.", (r, ct) => ReplaceAsync(r, _reflections.DiscardAndStartAsync(r.UserKey, FlowFrom(r.Argument, BotCommand.Reflect), ct), ct)),
            Route.ForVerb(ExampleVerbs.List, Places.Personal, Audience.Anyone, "Show the list of worked examples.", (_, _) => Task.FromResult(Replace(ReflectionViewCards.Render(ReflectionCoordinator.Examples())))),
            Route.ForVerb(ExampleVerbs.Open, Places.Personal, Audience.Anyone, "Show one worked example.", (r, _) => Task.FromResult(Replace(ReflectionViewCards.Render(_reflections.Example(ExampleIndex(r.Argument)))))),
            Route.ForVerb(MyDataVerbs.Delete, Places.Personal, Audience.Anyone, "Ask before deleting one saved reflection.", async (r, ct) => New(await _myData.AskDeleteAsync(r.UserKey, r.Argument, ct))),
            Route.ForVerb(MyDataVerbs.DeleteConfirmed, Places.Personal, Audience.Anyone, "Delete one saved reflection.", async (r, ct) => Replace(await _myData.DeleteAsync(r.UserKey, r.Argument, ct))),
            Route.ForVerb(MyDataVerbs.ForgetConfirmed, Places.Personal, Audience.Anyone, "Delete everything held about the person.", ForgetAsync),
            Route.ForVerb(DigestVerbs.ForGroup, Places.Personal, Audience.Anyone, "Supervisors: show the digest so far for the group chosen.", _digests.ForGroupAsync),
            Route.ForVerb(DigestVerbs.Open, Places.Personal, Audience.Anyone, "Supervisors: open one past digest.", _digests.OpenAsync),
            Route.ForVerb(ReminderVerbs.Pause, Places.Personal, Audience.Anyone, "Pause reminders for the period on the button.", _reminders.PauseAsync),
            Route.ForVerb(ReminderVerbs.TurnOn, Places.Personal, Audience.Anyone, "Turn reminders back on.", _reminders.TurnOnAsync),
            Route.ForVerb(MyDataVerbs.Cancel, Places.Personal, Audience.Anyone, "Keep the data after all.", (_, _) => Task.FromResult(Replace(MyDataCards.Kept()))),
            Route.ForVerb(GroupVerbs.SaveSettings, Places.Groups, Audience.Anyone, "Save the group's settings from the setup card: anyone at first, afterwards only a supervisor.", groupCommands.SaveAsync),
            Route.ForVerb(GroupVerbs.RemoveConfirmed, Places.Groups, Audience.Anyone, "A supervisor removes the group's settings; members' reflections stay with them.", groupCommands.RemoveAsync),
            Route.ForVerb(GroupVerbs.Keep, Places.Groups, Audience.Anyone, "Keep the group after all.", groupCommands.KeepAsync),
            Route.ForVerb(GroupVerbs.Leave, Places.Personal, Audience.Anyone, "Leave a supervision group: receive nothing from it and don't offer it when sharing.", groupCommands.LeaveAsync),
            Route.ForVerb(GroupVerbs.Rejoin, Places.Personal, Audience.Anyone, "Join a group again after leaving it.", groupCommands.RejoinAsync),

            // Anyone may press it; the handler checks, by pseudonym, that they supervise the request's group.
            Route.ForVerb(ContactVerbs.Acknowledge, Places.Personal, Audience.Anyone, "A supervisor answers a request for contact, which tells the therapist.", _contact.AcknowledgeAsync),
        ];

        _commands = All.Where(r => r.Command is not null).ToFrozenDictionary(r => r.Command!.Value);
        _verbs = All.Where(r => r.Command is null).ToFrozenDictionary(r => r.Name, StringComparer.Ordinal);
    }

    /// <summary>Every entry: commands first, in help's order, then button verbs.</summary>
    public IReadOnlyList<Route> All { get; }

    public Route? Find(BotCommand command) => _commands.GetValueOrDefault(command);

    /// <summary>The entry for a button's verb: a button verb, or a command's word.</summary>
    public Route? FindVerb(string verb) =>
        _verbs.GetValueOrDefault(verb) ?? (CommandParser.Parse(verb) is { } command ? Find(command) : null);

    private Route Session(string verb, string help) =>
        Route.ForVerb(verb, Places.Personal, Audience.Anyone, help, ApplyAsync);

    private async Task<BotReply> ApplyAsync(RouteRequest request, CancellationToken cancellationToken)
    {
        if (request.Press is not { } press || !SessionButtons.TryRead(press.Data, out var action))
        {
            return BotReply.Message(SupervisionTeamsBot.OutOfDateCardMessage);
        }

        var groups = GroupsOf(request);
        var view = await _reflections.ApplyAsync(request.UserKey, action, press.Values, groups, cancellationToken);
        view = await _contact.DeliverAsync(request, view, cancellationToken);
        return Replace(ReflectionViewCards.Render(await ForPersonAsync(view, groups, cancellationToken)));
    }

    /// <summary>From a step card Resume carries the stamp like any session button; from a notice it carries nothing.</summary>
    private Task<BotReply> ResumeAsync(RouteRequest request, CancellationToken cancellationToken) =>
        request.Press is { } press && SessionButtons.TryRead(press.Data, out _)
            ? ApplyAsync(request, cancellationToken)
            : ReplaceAsync(request, _reflections.ResumeAsync(request.UserKey, cancellationToken), cancellationToken);

    private async Task<BotReply> ForgetAsync(RouteRequest request, CancellationToken cancellationToken)
    {
        var activity = request.Turn.Activity;
        var addresses = new[] { activity.From?.Id, activity.Conversation?.Id }.OfType<string>().ToHashSet(StringComparer.Ordinal);
        var forgotten = await _myData.ForgetAsync(activity.ChannelId, request.UserKey, addresses, cancellationToken);
        await _conversations.ForgetAsync(request.Turn, cancellationToken);
        return Replace(forgotten);
    }

    /// <summary>The flow a button names, or else the one <paramref name="command"/> starts.</summary>
    private FlowId FlowFrom(string? argument, BotCommand command) =>
        (argument is { Length: > 0 } ? _flows.Find(argument) : null)?.Id
        ?? _flows.StartedBy(command)?.Id
        ?? throw new InvalidOperationException($"No flow is started by '{command}'.");

    private static int ExampleIndex(string? argument) =>
        int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : -1;

    private async Task<BotReply> ReplyAsync(RouteRequest request, Task<ReflectionView> view, CancellationToken cancellationToken) =>
        New(ReflectionViewCards.Render(await ForPersonAsync(await view, GroupsOf(request), cancellationToken)));

    private async Task<BotReply> ReplaceAsync(RouteRequest request, Task<ReflectionView> view, CancellationToken cancellationToken) =>
        Replace(ReflectionViewCards.Render(await ForPersonAsync(await view, GroupsOf(request), cancellationToken)));

    /// <summary>The person's groups, read from storage only if this turn asks for them.</summary>
    private PersonGroups GroupsOf(RouteRequest request) =>
        new(ct => _groups.GroupsOfAsync(request.Turn.Activity.ChannelId, request.UserKey, ct));

    /// <summary>
    /// A step as this person should see it: a sharing or contact step shaped by their groups (so
    /// they are looked up only for such a step); any other step says nothing about groups.
    /// </summary>
    private static async Task<ReflectionView> ForPersonAsync(ReflectionView view, PersonGroups groups, CancellationToken cancellationToken) =>
        view is ReflectionView.Step step && step.View.Inputs.Any(i => i.Id == CommonInputs.Sharing || i.Id == CommonInputs.RequestSupervisorContact)
            ? step with { View = SharingGroups.Adapt(step.View, await groups.GetAsync(cancellationToken), step.SharingGroup) }
            : view;

    private static BotReply New(Cards.Model.AdaptiveCard card) => new(card, ReplacesCard: false);

    private static BotReply Replace(Cards.Model.AdaptiveCard card) => new(card, ReplacesCard: true);
}
