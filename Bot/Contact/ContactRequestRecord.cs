namespace SupervisionBot.Bot.Contact;

/// <summary>
/// A request for contact, kept so a supervisor's "I'll be in touch" can reach the therapist: who
/// asked (by pseudonym), where their 1:1 chat is (an address, never a key), the group and the case
/// label. No display name and nothing else from the reflection is kept. <paramref name="Answered"/>
/// is set once a supervisor's answer is on its way to the therapist, so a later press says they
/// already know even after the outbox has pruned the answer's record.
/// </summary>
internal sealed record ContactRequestRecord(
    string Therapist,
    string Group,
    string? CaseLabel,
    string ServiceUrl,
    string TenantId,
    string ChatId,
    bool Answered = false);
