using System.Collections.Immutable;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Dialogs.Engine;

/// <summary>
/// Why the engine refused an action. These are expected user situations (an old card clicked,
/// a required answer missing), not faults, so they are returned rather than thrown, and the
/// session is left exactly as it was.
/// </summary>
public abstract record Rejection
{
    private Rejection()
    {
    }

    /// <summary>The card was rendered for a different step than the one the session is on.</summary>
    public sealed record NotCurrentStep(StepId Current, StepId Rendered) : Rejection;

    /// <summary>The card is for the current step but from an older version of the session, such as a second click.</summary>
    public sealed record StaleVersion(int Current, int Rendered) : Rejection;

    /// <summary>Back was asked for on the first step.</summary>
    public sealed record AtFirstStep : Rejection;

    /// <summary>Skip was asked for on a step that cannot be skipped.</summary>
    public sealed record NotSkippable(StepId Step) : Rejection;

    /// <summary>The session is confirmed, cancelled or expired, so nothing more can change.</summary>
    public sealed record SessionClosed(SessionStatus Status) : Rejection;

    /// <summary>Confirm or edit was asked for while the session is not in review.</summary>
    public sealed record NotInReview : Rejection;

    /// <summary>Edit was asked for a step the flow does not have.</summary>
    public sealed record UnknownStep(StepId Step) : Rejection;

    /// <summary>Some answers were not accepted; each error names its input so the card can show it in place.</summary>
    public sealed record ValidationFailed(ImmutableArray<ValidationError> Errors) : Rejection;
}
