namespace SupervisionBot.Anonymisation;

/// <summary>The anonymised fields of one step of a reflection, and what the reflection's memory now holds.</summary>
public sealed record MemoryAnonymisationResult(IReadOnlyList<AnonymisationResult> Results, RedactionMemory Memory);
