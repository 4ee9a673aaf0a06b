using System.Collections.Immutable;

namespace SupervisionBot.Dialogs.Engine;

/// <summary>
/// The reflection read back before it is final: every step with its answers in words, each
/// editable while in review. Redaction-only inputs are never part of it. Confirm and discard
/// carry <see cref="Stamp"/>, as does an edit, with the step to edit.
/// </summary>
public sealed record ReviewModel(string FlowTitle, SessionStamp Stamp, ImmutableArray<ReviewStep> Steps, bool CanConfirm);
