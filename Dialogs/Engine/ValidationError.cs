using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Dialogs.Engine;

/// <summary>Why one input's answer was not accepted, in words a card can show next to that input.</summary>
public sealed record ValidationError(InputId Input, string Message);
