namespace SupervisionBot.Anonymisation.Evaluation;

/// <summary>Span-level counts for one identifier type (or an aggregate of types).</summary>
internal sealed record TypeScore(string Name, int Gold, int Found, int Predicted, int Correct)
{
    /// <summary>Share of gold spans fully covered by redactions; 1 when there were none.</summary>
    public double Recall => Gold == 0 ? 1 : (double)Found / Gold;

    /// <summary>Share of redactions overlapping some gold span; 1 when there were none.</summary>
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;
}
