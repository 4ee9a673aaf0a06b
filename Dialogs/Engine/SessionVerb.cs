namespace SupervisionBot.Dialogs.Engine;

/// <summary>What a button on a card asks the engine to do.</summary>
public enum SessionVerb
{
    /// <summary>Submit the step's inputs and move on.</summary>
    Answer,

    /// <summary>Pass over a skippable step.</summary>
    Skip,

    /// <summary>Go back one step, or back to the review when editing from it.</summary>
    Back,

    /// <summary>From the review, open one step again.</summary>
    Edit,

    /// <summary>From the review, make the reflection final.</summary>
    Confirm,

    /// <summary>Discard the reflection.</summary>
    Cancel,

    /// <summary>Pause, keeping what is on the card.</summary>
    SaveForLater,

    /// <summary>Pick a paused reflection up again.</summary>
    Resume,

    /// <summary>From the review, hide further words the therapist marks before confirming.</summary>
    HideWords,
}
