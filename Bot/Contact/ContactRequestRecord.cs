namespace SupervisionBot.Bot.Contact;

/// <summary>
/// A request for contact, kept so a supervisor's "I'll be in touch" can reach the therapist: who
/// asked (by pseudonym), where their 1:1 chat is (an address, never a key), the group and the case
/// label. No display name and nothing else from the reflection is kept.
/// </summary>
internal sealed record ContactRequestRecord(
    string Therapist,
    string Group,
    string? CaseLabel,
    string ServiceUrl,
    string TenantId,
    string ChatId);
