namespace SupervisionBot.Anonymisation;

/// <summary>
/// The text with every identifier replaced by a readable tag such as <c>[PERSON-1]</c>, and where each
/// identifier was in the input.
/// </summary>
public sealed record AnonymisationResult(string Text, IReadOnlyList<RedactedSpan> Spans);
