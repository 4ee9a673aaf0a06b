namespace SupervisionBot.Cards.Digests;

/// <summary>Short plain-text notes about digests. None of them carries anything from a reflection.</summary>
public static class DigestNotes
{
    /// <summary>Posted in the group when a supervisor cannot be reached 1:1 (usually: they have not installed the app).</summary>
    public static string CannotReachSupervisor(string groupName, DateTimeOffset meeting) =>
        $"I couldn't start a 1:1 chat with a supervisor of {groupName} to send the digest for the meeting on {DigestText.Meeting(meeting)}. " +
        "Supervisors: please open a chat with me (find me under Apps), then type digests there to read it.";

    /// <summary>The group's reply to <c>digest</c> once the digest really reached the supervisor's 1:1 chat.</summary>
    public const string SentToYourChat = "I've sent the digest so far to our 1:1 chat. Nothing from it is shown here.";

    /// <summary>Recorded, and the messenger keeps trying.</summary>
    public const string QueuedForYourChat =
        "I couldn't send the digest to our 1:1 chat just now; I'll keep trying. Nothing from it is shown here.";

    public const string CannotReachYou =
        "I couldn't start a 1:1 chat with you, so the digest has not been sent. Please open a chat with me (find me under Apps), then type digest there. Nothing from it is shown here.";

    public const string NotASupervisor =
        "Digests are for supervisors of a supervision group, and you are not a supervisor of one, so there is nothing to show.";
}
