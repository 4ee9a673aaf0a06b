namespace SupervisionBot.Dialogs.Engine;

/// <summary>Where a reflection session is in its life. Only the first two are open to change.</summary>
public enum SessionStatus
{
    /// <summary>The therapist is answering the steps.</summary>
    InProgress,

    /// <summary>Every step has been answered or skipped; the therapist is reading it back before confirming.</summary>
    InReview,

    /// <summary>The therapist confirmed it. Final.</summary>
    Confirmed,

    /// <summary>The therapist discarded it. Final.</summary>
    Cancelled,

    /// <summary>It stayed open longer than the maximum age and was closed. Final.</summary>
    Expired,
}
