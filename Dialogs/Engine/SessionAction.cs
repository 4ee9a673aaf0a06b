using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Dialogs.Engine;

/// <summary>
/// One button press on a card, as data: the verb, the stamp of the session version the card was
/// rendered from and, for an edit, the step to open. How it travels on a card is the edge's
/// business (Cards' <c>SessionButtons</c>); the engine only ever sees it typed.
/// </summary>
public sealed record SessionAction(SessionVerb Verb, SessionStamp Stamp, StepId? EditStep = null);
