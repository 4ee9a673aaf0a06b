using System.Collections.Immutable;

namespace SupervisionBot.Dialogs.Flows;

/// <summary>
/// Inputs every flow ends with: the sharing choice and the safeguarding offer. Declared once so a
/// confirmed reflection of any flow can be routed the same way.
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
    public static readonly Choice ShareWithSupervisor = new("supervisor", "Share with my supervisor");
    public static readonly Choice ShareWithGroup = new("group", "Share with my group");

    public static readonly InputDefinition SharingInput = InputDefinition.SingleChoice(
        Sharing,
        "Who can see this reflection?",
        [KeepPrivate, ShareWithSupervisor, ShareWithGroup],
        required: true,
        hint: "You decide each time. Your group only ever sees what you choose to share with it.");

    public static readonly InputDefinition RequestSupervisorContactInput = InputDefinition.Toggle(
        RequestSupervisorContact,
        "Ask my supervisor to contact me before our next meeting",
        hint: "If something here worries you, about your client's safety or anyone else's, you can ask to talk sooner. Only the request is for your supervisor, never your reflection; it is entirely your choice.");

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
