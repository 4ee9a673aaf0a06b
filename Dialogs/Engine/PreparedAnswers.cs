using System.Collections.Immutable;

namespace SupervisionBot.Dialogs.Engine;

/// <summary>A step's submitted values after the caller prepared them, or the errors that stop them.</summary>
/// <param name="Values">What the engine parses instead of the submitted values.</param>
/// <param name="Errors">Field errors; when there are any, the action is rejected and nothing changes.</param>
public sealed record PreparedAnswers(IReadOnlyDictionary<string, string> Values, ImmutableArray<ValidationError> Errors);
