namespace SupervisionBot.Anonymisation.Evaluation;

/// <summary>
/// Scores the anonymiser against gold spans. A gold span counts as found when redactions cover all of it
/// (whatever type they were given: a leak is a leak); a redaction counts as correct when it overlaps any
/// gold span.
/// </summary>
internal static class CorpusEvaluator
{
    /// <summary>
    /// Identifiers that point at one person by themselves. Dates, ages, places, organisations and ZIP codes are
    /// quasi-identifiers: they identify in combination.
    /// </summary>
    public static IReadOnlySet<IdentifierType> DirectIdentifiers { get; } = new HashSet<IdentifierType>
    {
        IdentifierType.Client, IdentifierType.Person, IdentifierType.Phone, IdentifierType.Email, IdentifierType.Url,
        IdentifierType.Handle, IdentifierType.IpAddress, IdentifierType.NhsNumber, IdentifierType.NiNumber,
        IdentifierType.Ssn, IdentifierType.PaymentCard, IdentifierType.Postcode, IdentifierType.Address,
        IdentifierType.IdNumber,
    };

    public static EvaluationReport Evaluate(Anonymiser anonymiser, IReadOnlyList<CorpusDocument> documents, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(anonymiser);
        var gold = new Dictionary<IdentifierType, int>();
        var found = new Dictionary<IdentifierType, int>();
        var predicted = new Dictionary<IdentifierType, int>();
        var correct = new Dictionary<IdentifierType, int>();
        var leaks = new List<Leak>();
        var falsePositives = new List<Leak>();

        foreach (var document in documents)
        {
            var result = anonymiser.Anonymise(document.Text, document.Declared, ct);
            foreach (var span in document.Gold)
            {
                Increment(gold, span.Type);
                if (IsCovered(span, result.Spans, document.Text))
                {
                    Increment(found, span.Type);
                }
                else
                {
                    leaks.Add(new Leak(document.Id, span.Type, document.Text[span.Start..span.End]));
                }
            }

            foreach (var span in result.Spans)
            {
                Increment(predicted, span.Type);
                if (document.Gold.Any(g => g.Start < span.End && span.Start < g.End))
                {
                    Increment(correct, span.Type);
                }
                else
                {
                    falsePositives.Add(new Leak(document.Id, span.Type, document.Text[span.Start..span.End]));
                }
            }
        }

        var byType = Enum.GetValues<IdentifierType>()
            .Where(t => gold.ContainsKey(t) || predicted.ContainsKey(t))
            .Select(t => Score(Resolution.TagNumbering.TypeName(t), [t], gold, found, predicted, correct))
            .ToList();
        var direct = Score("DIRECT", DirectIdentifiers, gold, found, predicted, correct);
        var overall = Score("ALL", Enum.GetValues<IdentifierType>(), gold, found, predicted, correct);
        return new EvaluationReport(documents.Count, byType, direct, overall, leaks, falsePositives);
    }

    /// <summary>
    /// Whether the union of <paramref name="spans"/> covers every character of <paramref name="gold"/> except
    /// white space ("RX1 4839201" redacted as "[ID] [ID]" leaks nothing).
    /// </summary>
    public static bool IsCovered(RedactedSpan gold, IReadOnlyList<RedactedSpan> spans, string text)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(text);
        for (var i = gold.Start; i < gold.End; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && !spans.Any(s => s.Start <= i && i < s.End))
            {
                return false;
            }
        }

        return true;
    }

    private static TypeScore Score(
        string name,
        IEnumerable<IdentifierType> types,
        Dictionary<IdentifierType, int> gold,
        Dictionary<IdentifierType, int> found,
        Dictionary<IdentifierType, int> predicted,
        Dictionary<IdentifierType, int> correct)
    {
        var list = types.ToList();
        return new TypeScore(
            name,
            list.Sum(t => gold.GetValueOrDefault(t)),
            list.Sum(t => found.GetValueOrDefault(t)),
            list.Sum(t => predicted.GetValueOrDefault(t)),
            list.Sum(t => correct.GetValueOrDefault(t)));
    }

    private static void Increment(Dictionary<IdentifierType, int> counts, IdentifierType type) =>
        counts[type] = counts.GetValueOrDefault(type) + 1;
}
