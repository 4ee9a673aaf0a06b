namespace SupervisionBot.Anonymisation.Scanning;

/// <summary>
/// Something a recogniser believes is an identifier. Where candidates overlap the union is redacted and the
/// type comes from the one with the highest priority.
/// </summary>
internal readonly record struct Candidate(int Start, int End, IdentifierType Type, int Priority);
