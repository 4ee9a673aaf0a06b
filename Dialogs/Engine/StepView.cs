using System.Collections.Immutable;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Dialogs.Engine;

/// <summary>
/// Everything a card factory needs to render the step a session is on: the step as declared,
/// where it sits in the flow, which buttons apply, the values to prefill (in raw card form,
/// redaction-only inputs always blank) and the stamp every action on the card must carry.
/// </summary>
public sealed record StepView(
    FlowDefinition Flow,
    StepDefinition Step,
    int Number,
    int Count,
    SessionStamp Stamp,
    ImmutableDictionary<InputId, string> Values,
    bool CanGoBack,
    bool CanSkip,
    bool ReturnsToReview);
