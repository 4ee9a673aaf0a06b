using System.Globalization;
using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Cards.Reflection;

/// <summary>
/// The small cards that tell the therapist what just happened to a reflection: kept, discarded,
/// paused, closed, or not changed because the card they pressed was out of date.
/// </summary>
public static class ReflectionNotices
{
    /// <summary>Said when a request for contact reached the supervisor.</summary>
    public const string ContactSent =
        "I've sent your supervisor your request to contact you. They see your name and the case label, if there is one, but not the reflection. When they answer, I'll tell you here.";

    /// <summary>Said when the supervisor could not be reached just now and the request waits to be retried.</summary>
    public const string ContactWaiting =
        "I couldn't reach your supervisor just now, so your request is waiting and I'll keep trying. If it can't wait, please contact your supervisor directly.";

    /// <summary>Said when the request cannot reach any supervisor.</summary>
    public const string ContactUnreachable =
        "I couldn't send your request: I can't reach your supervisor through Teams at the moment. Please contact your supervisor directly.";

    /// <summary>Said when the therapist is in no supervision group with the bot.</summary>
    public const string ContactNoGroup =
        "I couldn't send your request, because you are not in a supervision group with me yet. Please contact your supervisor directly.";

    /// <summary>
    /// After confirming: thanks, where the reflection is, and what happened to a request for
    /// contact. Worded from <paramref name="delivery"/>, what really reached anyone, and not from
    /// what the therapist asked for in <paramref name="outcome"/>.
    /// </summary>
    public static AdaptiveCard Confirmed(ReflectionOutcome outcome, DeliveryReport delivery)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(delivery);
        var sharing = outcome.Sharing switch
        {
            SharingPreference.KeepPrivate => "It is private, in your own records.",
            SharingPreference.ShareWithSupervisor => delivery.ReachedSupervisor
                ? "It has been shared with your supervisor."
                : "You marked it to share with your supervisor. It has not been sent yet: it goes into the digest I send them before your group's next meeting, once enough members have shared for the digest to show anything.",
            SharingPreference.ShareWithGroup => delivery.ReachedGroup
                ? "It has been shared with your supervision group."
                : "You marked it to share with your supervision group. It has not been sent yet: it goes into your supervisor's digest and the short group summary before the next meeting, once enough members have shared for them to show anything.",
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome.Sharing, "Unknown sharing preference."),
        };

        var body = new List<CardElement>
        {
            CardText.Heading("Thank you, your reflection is saved"),
            CardText.Paragraph(sharing),
        };
        var contact = string.Empty;
        if (outcome.RequestsSupervisorContact)
        {
            // A safeguarding worry must not wait on a bot: say exactly where the request is.
            contact = ContactLine(delivery);
            body.Add(CardText.Paragraph(contact));
            body.Add(CardText.Subtle(CommonInputs.SafeguardingReminder));
        }

        var fallback = $"Thank you, your reflection is saved. {sharing}";
        return Notice(body, outcome.RequestsSupervisorContact ? $"{fallback} {contact}" : fallback);
    }

    /// <summary>
    /// Confirmed, but storage failed: the reflection is kept safely in the bot's state and saving
    /// is retried, so the therapist need do nothing.
    /// </summary>
    /// <param name="requestsContact">The therapist asked for contact: say what became of the request, as <see cref="Confirmed"/> does.</param>
    /// <param name="delivery">What reached anyone.</param>
    public static AdaptiveCard ConfirmedButPending(bool requestsContact = false, DeliveryReport? delivery = null)
    {
        var body = new List<CardElement>
        {
            CardText.Heading("Confirmed, and saving shortly"),
            CardText.Paragraph("I couldn't reach the storage just now, so your confirmed reflection is being kept safely and I'll keep trying to save it. You don't need to do anything, and nothing is lost."),
        };
        var fallback = "Confirmed. I couldn't save it just now; I'll keep trying and nothing is lost.";
        if (requestsContact)
        {
            var contact = ContactLine(delivery ?? DeliveryReport.NothingSent);
            body.Add(CardText.Paragraph(contact));
            body.Add(CardText.Subtle(CommonInputs.SafeguardingReminder));
            fallback = $"{fallback} {contact}";
        }

        return Notice(body, fallback);
    }

    /// <summary>A reflection that was waiting to be saved now is.</summary>
    public static AdaptiveCard PendingNowSaved() => Notice(
        [
            CardText.Heading("Your reflection is saved"),
            CardText.Paragraph("The reflection you confirmed earlier, which was waiting to be saved, is now saved."),
        ],
        "The reflection you confirmed earlier is now saved.");

    /// <summary>Asked to start a reflection while the last confirmed one still waits to be saved.</summary>
    public static AdaptiveCard StillSaving() => Notice(
        [
            CardText.Heading("Still saving your last reflection"),
            CardText.Paragraph("Your last confirmed reflection is still waiting to be saved, and I'll keep trying. Please try again in a few minutes."),
        ],
        "Your last confirmed reflection is still waiting to be saved. Please try again in a few minutes.");

    public static AdaptiveCard Discarded() => Notice(
        [
            CardText.Heading("Reflection discarded"),
            CardText.Paragraph("Nothing from it has been kept."),
        ],
        "Reflection discarded. Nothing from it has been kept.",
        ResumeOrStart(resume: false));

    public static AdaptiveCard SavedForLater() => Notice(
        [
            CardText.Heading("Saved for later"),
            CardText.Paragraph("Your reflection is saved as it is, with identifiers removed, and it stays unfinished until you come back to it."),
            CardText.Subtle("When you're ready, type resume, or use the button below, to carry on where you left off."),
        ],
        "Saved for later. Type resume to carry on where you left off.",
        ResumeOrStart(resume: true));

    /// <summary>For a press on an old card: the engine rejected it and nothing changed.</summary>
    public static AdaptiveCard OutOfDate() => Notice(
        [
            CardText.Heading("This card is out of date"),
            CardText.Paragraph("Nothing has changed. Your reflection has moved on since this card was sent."),
        ],
        "This card is out of date, so nothing has changed. Type resume to see where you are.",
        ResumeOrStart(resume: true, resumeTitle: "Show me where I am"));

    /// <summary>
    /// When the therapist starts a reflection while another is open: carry on with the open one, or
    /// discard it and start <paramref name="flowToStart"/>. The bot finds the open reflection itself.
    /// </summary>
    /// <param name="flowTitle">The title of the open reflection's flow.</param>
    /// <param name="stepNumber">The step it is on, from 1; above <paramref name="stepCount"/> when it is in review.</param>
    /// <param name="stepCount">How many steps its flow has.</param>
    /// <param name="flowToStart">The flow the therapist asked to start, carried as the discard button's argument.</param>
    public static AdaptiveCard OpenReflectionExists(string flowTitle, int stepNumber, int stepCount, FlowId flowToStart)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(flowTitle);
        ArgumentOutOfRangeException.ThrowIfLessThan(stepCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(stepNumber, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(flowToStart.Value, nameof(flowToStart));

        var where = stepNumber > stepCount
            ? $"\"{flowTitle}\" is ready for you to check and confirm."
            : string.Create(CultureInfo.InvariantCulture, $"\"{flowTitle}\" is open at step {stepNumber} of {stepCount}.");
        return Notice(
            [
                CardText.Heading("You already have a reflection open"),
                CardText.Paragraph(where),
                CardText.Paragraph("You can carry on with it, or discard it and start a new one."),
            ],
            $"You already have a reflection open. {where}",
            [
                ExecuteAction.For("Carry on with it", new CardActionData(ReflectionVerbs.Resume)) with { Style = ActionStyle.Positive },
                ExecuteAction.For("Discard it and start a new one", new CardActionData(ReflectionVerbs.DiscardAndStart) { Argument = flowToStart.Value }) with
                {
                    Style = ActionStyle.Destructive,
                },
            ]);
    }

    /// <summary>An open reflection reached the maximum age and was closed.</summary>
    /// <param name="days">The maximum age, in whole days.</param>
    public static AdaptiveCard Expired(int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var age = days == 1 ? "a day" : string.Create(CultureInfo.InvariantCulture, $"{days} days");
        var text = $"It had been open for {age}, so it was closed. Nothing from it was kept.";
        return Notice(
            [
                CardText.Heading("An unfinished reflection was closed"),
                CardText.Paragraph(text),
                CardText.Subtle("Unfinished reflections hold details about clients, so they are not kept for long."),
            ],
            $"An unfinished reflection was closed. {text}",
            ResumeOrStart(resume: false));
    }

    public static AdaptiveCard NothingToResume() => Notice(
        [
            CardText.Heading("Nothing to resume"),
            CardText.Paragraph("You have no reflection in progress at the moment."),
        ],
        "Nothing to resume: you have no reflection in progress.",
        ResumeOrStart(resume: false));

    /// <summary>Exactly where a request for contact is: a safeguarding worry must not wait on a bot.</summary>
    private static string ContactLine(DeliveryReport delivery) =>
        delivery.ContactRequestSent
            ? ContactSent
            : delivery.ContactProblem switch
            {
                ContactNotSent.Waiting => ContactWaiting,
                ContactNotSent.NoGroup => ContactNoGroup,
                _ => ContactUnreachable,
            };

    private static AdaptiveCard Notice(IReadOnlyList<CardElement> body, string fallbackText, IReadOnlyList<CardAction>? actions = null) => new()
    {
        Body = body,
        Actions = actions,
        FallbackText = fallbackText,
        Speak = fallbackText,
    };

    private static List<CardAction> ResumeOrStart(bool resume, string resumeTitle = "Resume") => resume
        ? [ExecuteAction.For(resumeTitle, new CardActionData(ReflectionVerbs.Resume))]
        : [ExecuteAction.For("Start a reflection", new CardActionData(ReflectionVerbs.Start))];
}
