namespace SupervisionBot.Anonymisation.Cli;

/// <summary>One input line of <c>anonymise --jsonl</c>.</summary>
internal sealed record JsonlRequest(string? Id, string? Text, JsonlDeclared? Declared);

/// <summary>The declared names on an input line.</summary>
internal sealed record JsonlDeclared(string? Client, IReadOnlyList<string>? Aliases, IReadOnlyList<string>? OtherPeople);

/// <summary>One output line for a successfully anonymised input line.</summary>
internal sealed record JsonlResponse(string? Id, string Text, IReadOnlyList<JsonlSpan> Spans);

/// <summary>A redacted span in the output: UTF-16 offsets into the input text, end exclusive.</summary>
internal sealed record JsonlSpan(int Start, int End, string Type);

/// <summary>The output line for an input line that could not be anonymised; it carries no text.</summary>
internal sealed record JsonlError(string? Id, string Error);
