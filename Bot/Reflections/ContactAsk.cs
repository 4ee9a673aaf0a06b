namespace SupervisionBot.Bot.Reflections;

/// <summary>
/// A request for contact made by confirming a reflection: what the edge needs to deliver it and
/// nothing more.
/// </summary>
/// <param name="RequestId">The reflection's session id, so a retried confirmation is the same request.</param>
/// <param name="Group">The pseudonym of the group whose supervisors receive it; null when the therapist is in none.</param>
/// <param name="CaseLabel">The case label the therapist gave, already anonymised.</param>
internal sealed record ContactAsk(Guid RequestId, string? Group, string? CaseLabel);
