namespace SupervisionBot.Bot.Archive;

/// <summary>
/// One line of a therapist's list of their own reflections: enough to pick one, none of what they
/// wrote. <see cref="Sharing"/> is the stored name of the choice: <c>private</c>, <c>supervisor</c> or <c>group</c>.
/// </summary>
internal sealed record ReflectionSummary(
    Guid Id,
    string Flow,
    string FlowTitle,
    string? CaseLabel,
    string Sharing,
    DateTimeOffset ConfirmedAt)
{
    public static ReflectionSummary Of(ReflectionDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ReflectionSummary(
            document.Id,
            document.Flow,
            document.FlowTitle,
            document.CaseLabel,
            ReflectionSharingNames.Of(document.Sharing),
            document.ConfirmedAt);
    }
}
