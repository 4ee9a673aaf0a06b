namespace SupervisionBot.Anonymisation;

/// <summary>
/// A removed identifier, as UTF-16 offsets into the input text (end exclusive).
/// </summary>
public sealed record RedactedSpan(int Start, int End, IdentifierType Type)
{
    public int Length => End - Start;
}
