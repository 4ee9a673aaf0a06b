namespace SupervisionBot.Anonymisation.Evaluation;

/// <summary>A gold identifier left (wholly or partly) in the output. The corpus is synthetic, so its text may be shown.</summary>
internal sealed record Leak(string DocumentId, IdentifierType Type, string Text);
