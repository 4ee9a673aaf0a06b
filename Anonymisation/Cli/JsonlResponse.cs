namespace SupervisionBot.Anonymisation.Cli;

/// <summary>One output line for a successfully anonymised input line.</summary>
internal sealed record JsonlResponse(string? Id, string Text, IReadOnlyList<JsonlSpan> Spans);
