namespace SupervisionBot.Anonymisation.Cli;

/// <summary>A redacted span in the output: UTF-16 offsets into the input text, end exclusive.</summary>
internal sealed record JsonlSpan(int Start, int End, string Type);
