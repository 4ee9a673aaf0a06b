namespace SupervisionBot.Supervision.Digests;

/// <summary>How many reflections reported one theme: a here-and-now cue, a rupture type, or how the frame held.</summary>
public sealed record ThemeCount(string Value, string Label, int Count);
