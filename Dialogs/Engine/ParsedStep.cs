using System.Collections.Immutable;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Dialogs.Engine;

/// <summary>One step's submission after parsing: the answers to keep, the redaction-only values to hand back, and any errors.</summary>
internal sealed record ParsedStep(
    ImmutableDictionary<InputId, AnswerValue> Answers,
    ImmutableArray<string> RedactionTerms,
    ImmutableArray<ValidationError> Errors);
