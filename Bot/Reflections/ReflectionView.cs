using System.Collections.Immutable;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Examples;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Reflections;

/// <summary>What the therapist should see next. The Teams edge turns each into a card.</summary>
internal abstract record ReflectionView
{
    private ReflectionView()
    {
    }

    /// <summary>A step card; <paramref name="WasOutOfDate"/> when the pressed card was stale and this is where the reflection really is.</summary>
    public sealed record Step(StepView View, ImmutableArray<ValidationError> Errors, bool WasOutOfDate = false) : ReflectionView
    {
        /// <summary>The group picked on the sharing card so far, to preselect it again.</summary>
        public string? SharingGroup { get; init; }
    }

    public sealed record Review(ReviewModel Model, bool WasOutOfDate = false) : ReflectionView;

    /// <summary>
    /// Confirmed and archived: what the therapist chose, and what was actually delivered to anyone.
    /// <paramref name="Contact"/>: the request for contact to deliver, if they made one.
    /// </summary>
    public sealed record Confirmed(ReflectionOutcome Outcome, DeliveryReport Delivery, ContactAsk? Contact = null) : ReflectionView;

    /// <summary>
    /// Confirmed, but the archive could not be reached: kept in state and retried. A request for
    /// contact is delivered all the same; <paramref name="Delivery"/> says what became of it.
    /// </summary>
    public sealed record ConfirmedButPending(ContactAsk? Contact = null, DeliveryReport? Delivery = null) : ReflectionView;

    /// <summary>A reflection confirmed earlier, which was waiting to be saved, now is.</summary>
    public sealed record PendingNowSaved : ReflectionView;

    /// <summary>The last confirmed reflection still waits to be saved, so a new one cannot start yet.</summary>
    public sealed record StillSaving : ReflectionView;

    public sealed record Discarded : ReflectionView;

    public sealed record SavedForLater : ReflectionView;

    /// <summary>A card from a reflection that is no longer open.</summary>
    public sealed record OutOfDate : ReflectionView;

    /// <summary>Asked to start <paramref name="Requested"/> while another reflection is open.</summary>
    public sealed record OpenExists(FlowDefinition Open, int StepNumber, int StepCount, FlowId Requested) : ReflectionView;

    public sealed record NothingToResume : ReflectionView;

    /// <summary>An open reflection passed its age limit and was closed; nothing from it was kept.</summary>
    public sealed record Expired(int Days) : ReflectionView;

    public sealed record ExampleList(ImmutableArray<WorkedExample> Examples) : ReflectionView;

    public sealed record Example(WorkedExample Worked, ReviewModel Answers) : ReflectionView;

    /// <summary>Reflections are private: asked for one in a group chat or channel.</summary>
    public sealed record PersonalChatOnly : ReflectionView;
}
