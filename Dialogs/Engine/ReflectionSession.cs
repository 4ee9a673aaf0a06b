using System.Collections.Immutable;
using System.Text.Json.Serialization;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Dialogs.Engine;

/// <summary>
/// One therapist's reflection in progress, as an immutable value. Only <see cref="ReflectionEngine"/>
/// makes new versions of it, so every change is a guarded transition and bumps <see cref="Version"/>.
/// </summary>
public sealed record ReflectionSession
{
    [JsonConstructor]
    internal ReflectionSession()
    {
    }

    [JsonInclude]
    [JsonRequired]
    public Guid Id { get; internal init; }

    [JsonInclude]
    [JsonRequired]
    public FlowId FlowId { get; internal init; }

    /// <summary>The step being answered, or <see cref="StepId.Review"/> while in review.</summary>
    [JsonInclude]
    [JsonRequired]
    public StepId CurrentStep { get; internal init; }

    /// <summary>True while a step is being edited from the review: answering it returns to the review.</summary>
    [JsonInclude]
    public bool ReturnToReview { get; internal init; }

    /// <summary>
    /// Answers by input. Redaction-only inputs never appear here. Answers to a step are replaced
    /// as a whole when the step is answered again, and removed when it is skipped.
    /// </summary>
    [JsonInclude]
    [JsonRequired]
    public ImmutableDictionary<InputId, AnswerValue> Answers { get; internal init; } = ImmutableDictionary<InputId, AnswerValue>.Empty;

    [JsonInclude]
    [JsonRequired]
    public SessionStatus Status { get; internal init; }

    /// <summary>Starts at 1 and goes up by one with every change, so a card rendered from an older version can be recognised.</summary>
    [JsonInclude]
    [JsonRequired]
    public int Version { get; internal init; }

    [JsonInclude]
    [JsonRequired]
    public DateTimeOffset CreatedAt { get; internal init; }

    [JsonInclude]
    [JsonRequired]
    public DateTimeOffset UpdatedAt { get; internal init; }

    /// <summary>When the therapist last chose to save for later; cleared when they resume or carry on.</summary>
    [JsonInclude]
    public DateTimeOffset? SavedForLaterAt { get; internal init; }

    [JsonIgnore]
    public bool IsOpen => Status is SessionStatus.InProgress or SessionStatus.InReview;

    /// <summary>The stamp a card rendered from this version of the session must carry.</summary>
    [JsonIgnore]
    public SessionStamp Stamp => new(Id, CurrentStep, Version);

    /// <summary>Two sessions are equal when every field is, with answers compared by content rather than by reference.</summary>
    public bool Equals(ReflectionSession? other) =>
        other is not null
        && Id == other.Id
        && FlowId == other.FlowId
        && CurrentStep == other.CurrentStep
        && ReturnToReview == other.ReturnToReview
        && Status == other.Status
        && Version == other.Version
        && CreatedAt == other.CreatedAt
        && UpdatedAt == other.UpdatedAt
        && SavedForLaterAt == other.SavedForLaterAt
        && Answers.Count == other.Answers.Count
        && Answers.All(pair => other.Answers.TryGetValue(pair.Key, out var answer) && pair.Value.Equals(answer));

    // Id and version identify a session's state; equal sessions always share them.
    public override int GetHashCode() => HashCode.Combine(Id, Version);
}
