namespace SupervisionBot.Anonymisation.Evaluation;

/// <summary>How the anonymiser did on a corpus split.</summary>
internal sealed record EvaluationReport(
    int Documents,
    IReadOnlyList<TypeScore> ByType,
    TypeScore DirectIdentifiers,
    TypeScore Overall,
    IReadOnlyList<Leak> Leaks,
    IReadOnlyList<Leak> FalsePositives);
