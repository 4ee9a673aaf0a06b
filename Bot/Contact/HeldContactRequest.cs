namespace SupervisionBot.Bot.Contact;

/// <summary>A request for contact as "my data" shows it to the therapist who made it.</summary>
internal sealed record HeldContactRequest(string? CaseLabel, string? GroupName, bool Answered);
