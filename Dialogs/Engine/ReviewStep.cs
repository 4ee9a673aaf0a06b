using System.Collections.Immutable;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Dialogs.Engine;

/// <summary>One step in the review: its answers (none when it was skipped) and whether it can still be edited.</summary>
public sealed record ReviewStep(StepId Step, string Title, ImmutableArray<ReviewItem> Items, bool CanEdit)
{
    public bool WasSkipped => Items.IsEmpty;
}
