using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Dialogs.Engine;

/// <summary>
/// What the rest of the product needs to act on a confirmed reflection without reading its
/// content: who may see it, and whether the therapist asked their supervisor for contact
/// before the next meeting (the safeguarding offer).
/// </summary>
public sealed record ReflectionOutcome(SharingPreference Sharing, bool RequestsSupervisorContact)
{
    /// <summary>The outcome of a confirmed session; null for any other.</summary>
    public static ReflectionOutcome? Of(ReflectionSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.Status != SessionStatus.Confirmed
            || session.Answers.GetValueOrDefault(CommonInputs.Sharing) is not AnswerValue.Choice sharing
            || CommonInputs.ToSharingPreference(sharing.Value) is not { } preference)
        {
            return null;
        }

        var contact = session.Answers.GetValueOrDefault(CommonInputs.RequestSupervisorContact) is AnswerValue.Toggle { IsOn: true };
        return new ReflectionOutcome(preference, contact);
    }
}
