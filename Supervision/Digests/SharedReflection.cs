using System.Collections.Immutable;

namespace SupervisionBot.Supervision.Digests;

/// <summary>A reflection its author shared with the group's supervisors, shown in their digest with its answers.</summary>
public sealed record SharedReflection(
    Guid Id,
    string FlowTitle,
    string? CaseLabel,
    DateTimeOffset ConfirmedAt,
    ImmutableArray<SharedAnswer> Answers);
