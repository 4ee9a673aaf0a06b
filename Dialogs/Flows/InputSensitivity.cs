namespace SupervisionBot.Dialogs.Flows;

/// <summary>How the engine may keep what is typed into an input.</summary>
public enum InputSensitivity
{
    /// <summary>Kept in the session and shown in the review.</summary>
    Normal,

    /// <summary>
    /// Used only to remove an identifier (such as the client's real first name) from what the
    /// therapist writes. The engine hands the value back once, to the caller of the answer, and
    /// never keeps it in the session, shows it in the review or prefills it on a card.
    /// </summary>
    RedactionOnly,
}
