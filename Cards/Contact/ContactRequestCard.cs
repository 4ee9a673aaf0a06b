using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;

namespace SupervisionBot.Cards.Contact;

/// <summary>
/// The cards of a contact request: what a supervisor receives in their 1:1 chat when a therapist
/// asks to be contacted before the next meeting, what it becomes when they answer, and what the
/// therapist is told. They carry who asked (the therapist asked to be contacted, so their name is
/// needed), the case label and the group: nothing else from the reflection.
/// </summary>
public static class ContactRequestCard
{
    public const string AcknowledgeTitle = "I'll be in touch";

    /// <summary>The request, with the button that tells the therapist.</summary>
    /// <param name="therapist">The therapist's display name in Teams.</param>
    /// <param name="caseLabel">The label the therapist gave the case (already anonymised), if any.</param>
    /// <param name="groupName">The supervision group it came through.</param>
    /// <param name="requestId">Carried by the button, so the answer finds the request.</param>
    public static AdaptiveCard Request(string therapist, string? caseLabel, string groupName, string requestId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(therapist);
        ArgumentException.ThrowIfNullOrWhiteSpace(groupName);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        var asked = $"{therapist} asked you to contact them before your next meeting.";
        return new AdaptiveCard
        {
            Body =
            [
                CardText.Heading("A request to get in touch"),
                CardText.Paragraph(asked),
                new FactSet(Facts(caseLabel, groupName)),
                CardText.Subtle("They asked for this when they confirmed a reflection. The reflection itself is not included."),
            ],
            Actions =
            [
                ExecuteAction.For(AcknowledgeTitle, new CardActionData(ContactVerbs.Acknowledge) { Argument = requestId }) with { Style = ActionStyle.Positive },
            ],
            FallbackText = $"{asked} Case: {caseLabel ?? "not given"}. Group: {groupName}.",
            Speak = asked,
        };
    }

    /// <summary>The supervisor's card after they answered: the button is gone.</summary>
    /// <param name="caseLabel">The case label, as on the request.</param>
    /// <param name="groupName">The group, as on the request.</param>
    /// <param name="told">What became of telling the therapist: <see cref="ToldNow"/>, <see cref="AlreadyTold"/> or <see cref="TellingSoon"/>.</param>
    public static AdaptiveCard Acknowledged(string? caseLabel, string groupName, string told)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupName);
        ArgumentException.ThrowIfNullOrWhiteSpace(told);
        return new AdaptiveCard
        {
            Body = [CardText.Heading("A request to get in touch"), CardText.Paragraph(told), new FactSet(Facts(caseLabel, groupName))],
            FallbackText = told,
            Speak = told,
        };
    }

    /// <summary>What the therapist is told in their 1:1 chat when a supervisor answers.</summary>
    /// <param name="supervisor">The supervisor's display name in Teams.</param>
    /// <param name="caseLabel">The case label, as on the request.</param>
    public static AdaptiveCard TherapistTold(string supervisor, string? caseLabel)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(supervisor);
        var text = caseLabel is { Length: > 0 }
            ? $"{supervisor} has seen your request about {caseLabel} and will be in touch."
            : $"{supervisor} has seen your request and will be in touch.";
        return new AdaptiveCard
        {
            Body = [CardText.Heading("Your supervisor will be in touch"), CardText.Paragraph(text)],
            FallbackText = text,
            Speak = text,
        };
    }

    /// <summary>
    /// Another supervisor's card once one of them answered: who did, and whether the therapist
    /// knows yet. The button is gone, so the therapist is told once.
    /// </summary>
    /// <param name="supervisor">The display name of the supervisor who answered.</param>
    /// <param name="caseLabel">The case label, as on the request.</param>
    /// <param name="groupName">The group, as on the request.</param>
    /// <param name="therapistTold">Whether the therapist has been told (otherwise the telling is being retried).</param>
    public static AdaptiveCard AnsweredByAnother(string supervisor, string? caseLabel, string groupName, bool therapistTold)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(supervisor);
        var told = therapistTold
            ? $"{supervisor} answered this request: they'll be in touch, and I've let the therapist know."
            : $"{supervisor} answered this request: they'll be in touch. I'll keep trying to let the therapist know.";
        return Acknowledged(caseLabel, groupName, told);
    }

    /// <summary>
    /// A supervisor's card once the request is no longer held (the therapist asked for their data
    /// to be deleted): no name, no case label, no button.
    /// </summary>
    public static AdaptiveCard Withdrawn(string groupName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupName);
        return new AdaptiveCard
        {
            Body = [CardText.Heading("A request to get in touch"), CardText.Paragraph(WithdrawnText), new FactSet([new Fact("Group", groupName)])],
            FallbackText = WithdrawnText,
            Speak = WithdrawnText,
        };
    }

    public const string WithdrawnText = "This request has been withdrawn and I no longer hold it, so it needs no answer here.";

    /// <summary>
    /// Told to the therapist, once, when a request that was waiting to be retried could finally
    /// not be delivered to any supervisor: the same words as at confirmation, and the safeguarding reminder.
    /// </summary>
    public static AdaptiveCard NotDelivered(string? caseLabel)
    {
        var about = caseLabel is { Length: > 0 } ? $"Your request to be contacted about {caseLabel} was waiting to be sent. " : "Your request to be contacted was waiting to be sent. ";
        var text = about + Reflection.ReflectionNotices.ContactUnreachable;
        return new AdaptiveCard
        {
            Body =
            [
                CardText.Heading("Your request didn't reach your supervisor"),
                CardText.Paragraph(text),
                CardText.Paragraph(Dialogs.Flows.CommonInputs.SafeguardingReminder),
            ],
            FallbackText = text,
            Speak = text,
        };
    }

    public const string ToldNow = "You said you'll be in touch, and I've let them know.";

    public const string AlreadyTold = "They already know a supervisor will be in touch.";

    public const string TellingSoon = "You said you'll be in touch. I couldn't reach them in Teams just now, so I'll keep trying to let them know.";

    /// <summary>For someone who is not a supervisor of the request's group.</summary>
    public const string NotYours = "Only a supervisor of the group this request came through can answer it, so nothing has changed.";

    /// <summary>The request is no longer held (the therapist asked to be forgotten, say).</summary>
    public const string NoLongerOpen = "This request is no longer open, so nothing has changed.";

    private static List<Fact> Facts(string? caseLabel, string groupName) =>
        caseLabel is { Length: > 0 } ? [new Fact("Case", caseLabel), new Fact("Group", groupName)] : [new Fact("Group", groupName)];
}
