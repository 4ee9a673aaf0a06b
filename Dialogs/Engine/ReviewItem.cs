using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Dialogs.Engine;

/// <summary>One answered input as the therapist reads it back: the question and their answer in words.</summary>
public sealed record ReviewItem(InputId Input, string Label, string DisplayText);
