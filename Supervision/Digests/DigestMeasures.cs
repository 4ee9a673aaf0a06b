using System.Collections.Immutable;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Supervision.Digests;

/// <summary>
/// Which answers a digest aggregates, and the short names it gives them. The ratings are the
/// therapist's own sense of containment (how held the client seemed) and of the alliance
/// (SupervisionBot's own reflective items, not a validated scale).
/// </summary>
public static class DigestMeasures
{
    /// <summary>The key under which every alliance rating is pooled into one figure.</summary>
    public const string AllianceOverall = "allianceOverall";

    public static ImmutableArray<(string Id, string Label)> Held { get; } =
    [
        (SessionReflectionFlow.Inputs.HowHeld.Value, "How held clients seemed"),
    ];

    public static ImmutableArray<(string Id, string Label)> Alliance { get; } =
    [
        (SessionReflectionFlow.Inputs.Caring.Value, "Client feels cared for"),
        (SessionReflectionFlow.Inputs.Collaborative.Value, "Working on it together"),
        (SessionReflectionFlow.Inputs.Reliable.Value, "Therapist is reliable"),
        (SessionReflectionFlow.Inputs.Knowledgeable.Value, "Therapist knows what they are doing"),
        (SessionReflectionFlow.Inputs.AppreciatesFeelings.Value, "Feelings taken seriously"),
        (SessionReflectionFlow.Inputs.Trust.Value, "Can bring difficult things"),
        (SessionReflectionFlow.Inputs.SharedGoals.Value, "Agreement on goals"),
        (SessionReflectionFlow.Inputs.SharedTasks.Value, "Agreement on tasks"),
    ];

    public static ImmutableArray<(string Id, string Label)> Ratings { get; } = [.. Held, .. Alliance];

    public static string FrameInput => SessionReflectionFlow.Inputs.FrameHeld.Value;

    public static string CuesInput => SessionReflectionFlow.Inputs.CuesShown.Value;

    public static string RuptureInput => SessionReflectionFlow.Inputs.Rupture.Value;

    public static string QuestionInput => SessionReflectionFlow.Inputs.QuestionForSupervision.Value;

    /// <summary>Text answers a supervisor reads first: the question brought, then what the therapist will try.</summary>
    public static ImmutableArray<string> FirstTexts { get; } =
        [SessionReflectionFlow.Inputs.QuestionForSupervision.Value, SessionReflectionFlow.Inputs.TryNext.Value];

    public static ImmutableArray<Choice> FrameChoices { get; } =
        [SessionReflectionFlow.Frame.HeldAsUsual, SessionReflectionFlow.Frame.Stretched, SessionReflectionFlow.Frame.Broken];

    public static ImmutableArray<Choice> RuptureTypes { get; } =
        [SessionReflectionFlow.Ruptures.Withdrawal, SessionReflectionFlow.Ruptures.Confrontation];

    public static ImmutableArray<Choice> CueChoices { get; } =
        SessionReflectionFlow.Definition.FindInput(SessionReflectionFlow.Inputs.CuesShown)!.Choices;
}
