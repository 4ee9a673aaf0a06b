using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Dialogs.Engine;

/// <summary>
/// What every card action must carry back: the session, the step (or <see cref="StepId.Review"/>)
/// and the session version the card was rendered from. The engine compares it with the session
/// to recognise a stale card (an earlier step, a second click, a finished session) and then changes nothing.
/// </summary>
public readonly record struct SessionStamp(Guid SessionId, StepId Step, int Version);
