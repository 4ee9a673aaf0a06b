using SupervisionBot.Cards.Digests;
using SupervisionBot.Cards.Groups;
using SupervisionBot.Cards.Help;
using SupervisionBot.Cards.Model;
using SupervisionBot.Cards.Privacy;
using SupervisionBot.Cards.Welcome;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>Every card the bot can send, by name, for the schema and behaviour tests.</summary>
public static class EveryCard
{
    private static readonly global::SupervisionBot.Cards.MyData.ReflectionListItem MyDataSample =
        new(new Guid("5d0c7a1e-2b3f-4c5d-8e9f-0a1b2c3d4e5f"), "Reflect on a session", "Client A", "Marked for your supervisor, not sent", new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The people offered as supervisors on the setup card samples.</summary>
    public static readonly SetupMember[] SetupMembers =
    [
        new("5a5a5a5a5a5a5a5a", "Dr Ada Supervisor"),
        new("0001beefbeefbeef", "Ben Member"),
    ];

    private static readonly GroupSettings SavedSettings = new()
    {
        Name = "Thursday group",
        Supervisors = ["5a5a5a5a5a5a5a5a"],
        Rhythm = new global::SupervisionBot.Supervision.Schedules.MeetingRhythm(DayOfWeek.Thursday, new TimeOnly(9, 30), "Europe/London", 2, new DateOnly(2027, 3, 11)),
    };

    private static readonly Dictionary<string, Func<AdaptiveCard>> Cards = new()
    {
        ["welcome"] = WelcomeCard.Create,
        ["help (personal)"] = () => HelpCard.Create(inGroup: false, didNotUnderstand: false),
        ["help (group)"] = () => HelpCard.Create(inGroup: true, didNotUnderstand: false),
        ["help (not understood)"] = () => HelpCard.Create(inGroup: false, didNotUnderstand: true),
        ["group introduction"] = GroupIntroductionCard.Create,
        ["group setup"] = () => GroupSetupCard.Create(SetupMembers, GroupSetupForm.Defaults, []),
        ["group setup: with problems"] = () => GroupSetupCard.Create(
            SetupMembers, GroupSetupForm.Defaults, [new SettingsProblem(GroupSetupFields.NextMeeting, "Please pick a date.")]),
        ["group setup: change"] = () => GroupSetupCard.Create(SetupMembers, GroupSetupForm.Defaults, [], isChange: true),
        ["group setup: needs a supervisor"] = () => GroupSetupCard.Create(SetupMembers, GroupSetupForm.ValuesOf(SavedSettings with { Supervisors = [] }), [], isChange: true, needsSupervisor: true),
        ["group setup: more people than it lists"] = () => GroupSetupCard.Create(SetupMembers, GroupSetupForm.Defaults, [], conversationSize: 3000),
        ["group settings saved"] = () => GroupSettingsSavedCard.Create(SavedSettings, ["Dr Ada Supervisor"], isChange: false, membersToldCount: 5),
        ["group settings saved: changed, nobody told"] = () => GroupSettingsSavedCard.Create(SavedSettings with { Supervisors = ["5a5a5a5a5a5a5a5a", "0001beefbeefbeef"] }, ["Dr Ada Supervisor", "Ben Member"], isChange: true, membersToldCount: 0),
        ["group removal: confirm"] = () => GroupRemovalCard.Confirm("Thursday group"),
        ["group removal: removed"] = () => GroupRemovalCard.Removed("Thursday group"),
        ["group removal: kept"] = () => GroupRemovalCard.Kept("Thursday group"),
        ["groups: none"] = () => GroupListCard.Create([]),
        ["groups: two, and one left"] = () => GroupListCard.Create(
            [new("9a0b1c2d3e4f5a6b", "Thursday group", GroupRole.Member, IsPaused: false), new("0f0e0d0c0b0a0908", "Trainees", GroupRole.Supervisor, IsPaused: true)],
            [new("0123456789abcdef", "Anxiety group", GroupRole.Member, IsPaused: false)]),
        ["groups: one needs a supervisor, one paused without one"] = () => GroupListCard.Create(
            [new("9a0b1c2d3e4f5a6b", "Thursday group", GroupRole.Member, IsPaused: false, NeedsSupervisor: true), new("0f0e0d0c0b0a0908", "Trainees", GroupRole.Member, IsPaused: true, NeedsSupervisor: true)]),
        ["group onboarding: member"] = () => GroupOnboardingCard.Create("9a0b1c2d3e4f5a6b", "Thursday group", 3, isSupervisor: false),
        ["group onboarding: supervisor"] = () => GroupOnboardingCard.Create("9a0b1c2d3e4f5a6b", "Thursday group", 3, isSupervisor: true),
        ["group left"] = () => GroupOnboardingCard.Left("9a0b1c2d3e4f5a6b", "Thursday group"),
        ["group rejoined"] = () => GroupOnboardingCard.Rejoined("Thursday group"),
        ["digest"] = () => DigestCard.Create(DigestCardSamples.Ordinary().SupervisorDigest(), new Uri("https://bot.example/charts/1.png")),
        ["digest: largest, inline chart"] = () => DigestCard.Create(
            DigestCardSamples.Largest().SupervisorDigest(), new Uri("data:image/png;base64," + Convert.ToBase64String(new byte[64]))),
        ["digest: below the minimum"] = () => DigestCard.Create(DigestCardSamples.BelowMinimum().SupervisorDigest()),
        ["group summary"] = () => GroupSummaryCard.Create(DigestCardSamples.Ordinary().GroupSummary()),
        ["group summary: below the minimum"] = () => GroupSummaryCard.Create(DigestCardSamples.BelowMinimum().GroupSummary()),
        ["digest: which group"] = () => DigestChoiceCards.ChooseGroup([("9a0b1c2d3e4f5a6b", "Thursday group"), ("0f0e0d0c0b0a0908", "Friday group")]),
        ["digests: past"] = () => DigestChoiceCards.Past(
        [
            new PastDigest("Thursday group", new DateTimeOffset(2027, 3, 29, 9, 0, 0, TimeSpan.FromHours(1)), MeetsMinimum: true, "9a0b1c2d3e4f5a6b.28530000"),
            new PastDigest("Thursday group", new DateTimeOffset(2027, 3, 22, 9, 0, 0, TimeSpan.Zero), MeetsMinimum: false, "9a0b1c2d3e4f5a6b.28519980"),
        ]),
        ["digests: none yet"] = () => DigestChoiceCards.Past([]),
        ["reminder"] = () => global::SupervisionBot.Cards.Reminders.ReminderCards.Reminder("Thursday group", new DateTimeOffset(2027, 3, 29, 9, 0, 0, TimeSpan.FromHours(1))),
        ["reminders: on"] = () => global::SupervisionBot.Cards.Reminders.ReminderCards.Settings(pausedUntil: null),
        ["reminders: paused"] = () => global::SupervisionBot.Cards.Reminders.ReminderCards.Settings(new DateTimeOffset(2027, 4, 26, 9, 0, 0, TimeSpan.Zero)),
        ["privacy"] = () => PrivacyCard.Create(new Uri("https://supervisionbot.example/privacy"), 730),
        ["reflection step: session reflection 1"] = () => ReflectionCardSamples.StepCardFor("sessionReflection", 1),
        ["reflection step: session reflection 2"] = () => ReflectionCardSamples.StepCardFor("sessionReflection", 2),
        ["reflection step: session reflection 3"] = () => ReflectionCardSamples.StepCardFor("sessionReflection", 3),
        ["reflection step: session reflection 4"] = () => ReflectionCardSamples.StepCardFor("sessionReflection", 4),
        ["reflection step: session reflection 5"] = () => ReflectionCardSamples.StepCardFor("sessionReflection", 5),
        ["reflection step: session reflection 6"] = () => ReflectionCardSamples.StepCardFor("sessionReflection", 6),
        ["reflection step: session reflection 7"] = () => ReflectionCardSamples.StepCardFor("sessionReflection", 7),
        ["reflection step: session reflection 8"] = () => ReflectionCardSamples.StepCardFor("sessionReflection", 8),
        ["reflection step: session reflection 9"] = () => ReflectionCardSamples.StepCardFor("sessionReflection", 9),
        ["reflection step: quick check-in 1"] = () => ReflectionCardSamples.StepCardFor("quickCheckIn", 1),
        ["reflection step: quick check-in 2"] = () => ReflectionCardSamples.StepCardFor("quickCheckIn", 2),
        ["reflection step: quick check-in 3"] = () => ReflectionCardSamples.StepCardFor("quickCheckIn", 3),
        ["reflection step: risk concern brings up the contact offer"] = ReflectionCardSamples.StepCardRiskWithContactOffer,
        ["reflection step: with errors"] = ReflectionCardSamples.StepCardWithErrors,
        ["reflection step: editing from the review"] = ReflectionCardSamples.StepCardEditingFromReview,
        ["reflection review: session reflection"] = () => ReflectionCardSamples.ReviewCardFor("sessionReflection"),
        ["reflection review: quick check-in"] = () => ReflectionCardSamples.ReviewCardFor("quickCheckIn"),
        ["reflection review: with skipped steps"] = ReflectionCardSamples.ReviewCardWithSkips,
        ["reflection review: cannot confirm"] = ReflectionCardSamples.ReviewCardNotConfirmable,
        ["reflection confirmed: private"] = () => ReflectionCardSamples.Confirmed(global::SupervisionBot.Dialogs.Flows.SharingPreference.KeepPrivate, contact: false),
        ["reflection confirmed: private, contact requested"] = () => ReflectionCardSamples.Confirmed(global::SupervisionBot.Dialogs.Flows.SharingPreference.KeepPrivate, contact: true),
        ["reflection confirmed: supervisor"] = () => ReflectionCardSamples.Confirmed(global::SupervisionBot.Dialogs.Flows.SharingPreference.ShareWithSupervisor, contact: false),
        ["reflection confirmed: group, contact requested"] = () => ReflectionCardSamples.Confirmed(global::SupervisionBot.Dialogs.Flows.SharingPreference.ShareWithGroup, contact: true),
        ["reflection confirmed: supervisor, delivered"] = () => global::SupervisionBot.Cards.Reflection.ReflectionNotices.Confirmed(
            new(global::SupervisionBot.Dialogs.Flows.SharingPreference.ShareWithSupervisor, RequestsSupervisorContact: true), new(true, false, true)),
        ["reflection confirmed, saving shortly"] = () => global::SupervisionBot.Cards.Reflection.ReflectionNotices.ConfirmedButPending(),
        ["reflection confirmed: contact request waiting"] = () => ReflectionCardSamples.ConfirmedWithContactProblem(global::SupervisionBot.Dialogs.Engine.ContactNotSent.Waiting),
        ["reflection confirmed: contact request unreachable"] = () => ReflectionCardSamples.ConfirmedWithContactProblem(global::SupervisionBot.Dialogs.Engine.ContactNotSent.Unreachable),
        ["reflection confirmed: contact request, no group"] = () => ReflectionCardSamples.ConfirmedWithContactProblem(global::SupervisionBot.Dialogs.Engine.ContactNotSent.NoGroup),
        ["reflection confirmed, saving shortly, contact request sent"] = () => global::SupervisionBot.Cards.Reflection.ReflectionNotices.ConfirmedButPending(
            requestsContact: true, global::SupervisionBot.Dialogs.Engine.DeliveryReport.NothingSent with { ContactRequestSent = true }),
        ["reflection step: sharing, in no group"] = () => ReflectionCardSamples.SharingStepFor(groups: 0),
        ["reflection step: sharing, in one group"] = () => ReflectionCardSamples.SharingStepFor(groups: 1),
        ["reflection step: sharing, in two groups"] = () => ReflectionCardSamples.SharingStepFor(groups: 2),
        ["contact request"] = () => global::SupervisionBot.Cards.Contact.ContactRequestCard.Request("Sam Taylor", "Client A", "Tuesday group", "0f8fad5bd9cb469fa16570867728950e"),
        ["contact request: answered"] = () => global::SupervisionBot.Cards.Contact.ContactRequestCard.Acknowledged("Client A", "Tuesday group", global::SupervisionBot.Cards.Contact.ContactRequestCard.ToldNow),
        ["contact request: answered by another"] = () => global::SupervisionBot.Cards.Contact.ContactRequestCard.Acknowledged("Client A", "Tuesday group", global::SupervisionBot.Cards.Contact.ContactRequestCard.AlreadyTold),
        ["contact request: answered, telling soon"] = () => global::SupervisionBot.Cards.Contact.ContactRequestCard.Acknowledged(null, "Tuesday group", global::SupervisionBot.Cards.Contact.ContactRequestCard.TellingSoon),
        ["contact request: answered by another, therapist told"] = () => global::SupervisionBot.Cards.Contact.ContactRequestCard.AnsweredByAnother("Dr Jo Reid", "Client A", "Tuesday group", therapistTold: true),
        ["contact request: answered by another, telling soon"] = () => global::SupervisionBot.Cards.Contact.ContactRequestCard.AnsweredByAnother("Dr Jo Reid", null, "Tuesday group", therapistTold: false),
        ["contact request: withdrawn"] = () => global::SupervisionBot.Cards.Contact.ContactRequestCard.Withdrawn("Tuesday group"),
        ["contact request: not delivered"] = () => global::SupervisionBot.Cards.Contact.ContactRequestCard.NotDelivered("Client A"),
        ["contact request: therapist told"] = () => global::SupervisionBot.Cards.Contact.ContactRequestCard.TherapistTold("Dr Jo Reid", "Client A"),
        ["reflection pending now saved"] = global::SupervisionBot.Cards.Reflection.ReflectionNotices.PendingNowSaved,
        ["reflection still saving"] = global::SupervisionBot.Cards.Reflection.ReflectionNotices.StillSaving,
        ["reflection discarded"] = global::SupervisionBot.Cards.Reflection.ReflectionNotices.Discarded,
        ["reflection saved for later"] = global::SupervisionBot.Cards.Reflection.ReflectionNotices.SavedForLater,
        ["reflection out of date"] = global::SupervisionBot.Cards.Reflection.ReflectionNotices.OutOfDate,
        ["reflection already open"] = ReflectionCardSamples.OpenReflectionExists,
        ["reflection expired"] = () => global::SupervisionBot.Cards.Reflection.ReflectionNotices.Expired(14),
        ["reflection nothing to resume"] = global::SupervisionBot.Cards.Reflection.ReflectionNotices.NothingToResume,
        ["my reflections: none"] = () => global::SupervisionBot.Cards.MyData.MyDataCards.MyReflections([]),
        ["my reflections: two"] = () => global::SupervisionBot.Cards.MyData.MyDataCards.MyReflections([MyDataSample, MyDataSample with { Id = new Guid("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"), CaseLabel = null }]),
        ["my reflections: one saving, one saved"] = () => global::SupervisionBot.Cards.MyData.MyDataCards.MyReflections([MyDataSample with { Id = new Guid("1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"), Saving = true }, MyDataSample]),
        ["my reflections: one, with groups and a request for contact"] = () => global::SupervisionBot.Cards.MyData.MyDataCards.MyReflections(
            [MyDataSample],
            new global::SupervisionBot.Cards.MyData.HeldInGroups(
                [("Thursday group", GroupRole.Member), ("Trainees", GroupRole.Supervisor)],
                [new global::SupervisionBot.Cards.MyData.HeldRequest("Client A", "Thursday group", Answered: true), new global::SupervisionBot.Cards.MyData.HeldRequest(null, null, Answered: false)])),
        ["my data: confirm delete"] = () => global::SupervisionBot.Cards.MyData.MyDataCards.ConfirmDelete(MyDataSample),
        ["my data: deleted"] = global::SupervisionBot.Cards.MyData.MyDataCards.Deleted,
        ["my data: not found"] = global::SupervisionBot.Cards.MyData.MyDataCards.NotFound,
        ["my data: kept"] = global::SupervisionBot.Cards.MyData.MyDataCards.Kept,
        ["my data: confirm forget me"] = global::SupervisionBot.Cards.MyData.MyDataCards.ConfirmForgetMe,
        ["my data: forgotten"] = () => global::SupervisionBot.Cards.MyData.MyDataCards.Forgotten(3),
        ["my data: export"] = () => global::SupervisionBot.Cards.MyData.MyDataCards.Export(new Uri("https://bot.example/export/abc"), 3, TimeSpan.FromMinutes(10)),
        ["my data: nothing to export"] = global::SupervisionBot.Cards.MyData.MyDataCards.NothingToExport,
        ["worked examples: list"] = ReflectionCardSamples.ExampleList,
        ["worked example 1"] = () => ReflectionCardSamples.Example(0),
        ["worked example 2"] = () => ReflectionCardSamples.Example(1),
        ["worked example 3"] = () => ReflectionCardSamples.Example(2),
        ["worked example 4"] = () => ReflectionCardSamples.Example(3),
    };

    public static TheoryData<string> Names => [.. Cards.Keys];

    public static IEnumerable<string> AllNames => Cards.Keys;

    public static AdaptiveCard Create(string name) => Cards[name]();
}
