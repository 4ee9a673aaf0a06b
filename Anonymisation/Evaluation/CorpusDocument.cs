namespace SupervisionBot.Anonymisation.Evaluation;

/// <summary>A labelled reflection: plain text, what the therapist declared, and the gold identifiers in it.</summary>
internal sealed record CorpusDocument(string Id, string Split, DeclaredNames Declared, string Text, IReadOnlyList<RedactedSpan> Gold);
