namespace SupervisionBot.Anonymisation.Cli;

/// <summary>The declared names on an input line.</summary>
internal sealed record JsonlDeclared(string? Client, IReadOnlyList<string>? Aliases, IReadOnlyList<string>? OtherPeople);
