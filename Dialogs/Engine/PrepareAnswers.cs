using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Dialogs.Engine;

/// <summary>
/// Called by the engine with a step's submitted values once the action has passed its stamp
/// check and just before the values are parsed, so the caller can change them first (the edge
/// removes identifiers here) without checking the stamp itself.
/// </summary>
public delegate PreparedAnswers PrepareAnswers(FlowDefinition flow, StepDefinition step, IReadOnlyDictionary<string, string> values);
