namespace SupervisionBot.Cards.MyData;

/// <summary>One saved reflection as the therapist's list shows it.</summary>
/// <param name="Id">The reflection's id, carried by its Delete button.</param>
/// <param name="FlowTitle">Which kind of reflection it was.</param>
/// <param name="CaseLabel">The therapist's own label for the client, if any.</param>
/// <param name="SharedWith">Who can see it, in words.</param>
/// <param name="ConfirmedAt">When it was confirmed.</param>
/// <param name="Saving">Confirmed, but not yet in the archive: kept in the bot's state and being retried.</param>
public sealed record ReflectionListItem(Guid Id, string FlowTitle, string? CaseLabel, string SharedWith, DateTimeOffset ConfirmedAt, bool Saving = false);
