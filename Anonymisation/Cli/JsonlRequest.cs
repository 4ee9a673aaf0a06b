namespace SupervisionBot.Anonymisation.Cli;

/// <summary>One input line of <c>anonymise --jsonl</c>.</summary>
internal sealed record JsonlRequest(string? Id, string? Text, JsonlDeclared? Declared);
