namespace SupervisionBot.Dialogs.Flows;

/// <summary>
/// Inputs every flow shares: the sharing choice and the safeguarding offer. Declared once so a
/// confirmed reflection of any flow can be routed the same way. Their words describe what the
/// bot does today: a choice to share, and a request for contact, are recorded with the
/// reflection; the confirmation says what was actually delivered.
/// </summary>
public static class CommonInputs
{
    public static readonly InputId Sharing = new("sharing");

    /// <summary>
    /// Safeguarding is the exception to confidentiality: a therapist worried about risk can ask for
    /// contact before the next group meeting. An offer only, off unless they switch it on.
    /// </summary>
    public static readonly InputId RequestSupervisorContact = new("requestSupervisorContact");

    public static readonly Choice KeepPrivate = new("private", "Keep this private");
    public static readonly Choice ShareWithSupervisor = new("supervisor", "Mark it to share with my supervisor");
    public static readonly Choice ShareWithGroup = new("group", "Mark it to share with my supervision group");

    /// <summary>What happens to a request for contact, said beside the toggle before the therapist chooses.</summary>
    public const string ContactConsequence =
        "If you switch this on, when you confirm I'll send your group's supervisor a message at once with your name and this reflection's case label, " +
        "if it has one (the reflection itself is not included), and tell you whether it reached them.";

    /// <summary>The same, for someone in no supervision group with the bot: there is nobody to send it to.</summary>
    public const string ContactConsequenceWithoutGroup =
        "You are not in a supervision group with me yet, so I can't send this request to anyone: " +
        "if it can't wait until your next meeting, please contact your supervisor directly.";

    /// <summary>The reminder that goes with every risk concern: the usual procedure comes first.</summary>
    public const string SafeguardingReminder =
        "If anyone is at immediate risk, follow your usual safeguarding procedure now, rather than waiting for supervision.";

    public static readonly InputDefinition SharingInput = InputDefinition.SingleChoice(
        Sharing,
        "Who is this reflection for?",
        [KeepPrivate, ShareWithSupervisor, ShareWithGroup],
        required: true,
        hint: "You decide each time. Shared reflections are not sent one by one: they go into the digest your supervisor gets before each meeting (and, shared with the group, into a short summary in the group chat), once enough members have shared.");

    public static readonly InputDefinition RequestSupervisorContactInput = InputDefinition.Toggle(
        RequestSupervisorContact,
        "Ask my supervisor to contact me before our next meeting",
        hint: ContactConsequence + " " + SafeguardingReminder);

    public static SharingPreference? ToSharingPreference(string choiceValue)
    {
        if (choiceValue == KeepPrivate.Value)
        {
            return SharingPreference.KeepPrivate;
        }

        if (choiceValue == ShareWithSupervisor.Value)
        {
            return SharingPreference.ShareWithSupervisor;
        }

        return choiceValue == ShareWithGroup.Value ? SharingPreference.ShareWithGroup : null;
    }
}
