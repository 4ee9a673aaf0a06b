namespace SupervisionBot.Supervision.Digests;

/// <summary>One answer of a reflection shared with the supervisor: the question as the therapist saw it, and what they wrote or chose.</summary>
public sealed record SharedAnswer(string Label, string Text, bool IsShortened);
