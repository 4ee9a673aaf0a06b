namespace SupervisionBot.Anonymisation.Cli;

/// <summary>The output line for an input line that could not be anonymised; it carries no text.</summary>
internal sealed record JsonlError(string? Id, string Error);
