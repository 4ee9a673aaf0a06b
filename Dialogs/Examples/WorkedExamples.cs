using System.Collections.Immutable;
using System.Globalization;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;
using Flow = SupervisionBot.Dialogs.Flows.SessionReflectionFlow;

namespace SupervisionBot.Dialogs.Examples;

/// <summary>
/// Three fictional session reflections, each a complete set of answers to the full session
/// reflection, after the three ways an alliance can come about: there from the start, grown
/// slowly by naming wariness, and built on holding before anything else.
/// </summary>
public static class WorkedExamples
{
    /// <summary>An eager client: the alliance was there from the first session and never needed naming.</summary>
    public static readonly WorkedExample AllianceFromTheStart = new(
        "Example: an alliance there from the start",
        "A client who wanted therapy and used it straight away. Nothing about the relationship needed to be said aloud.",
        Flow.Id,
        Answers(
            (Flow.Inputs.CaseLabel, Text("Example client E")),
            (Flow.Inputs.Phase, Pick(Flow.Phases.Middle)),
            (Flow.Inputs.HowHeld, Rate(5)),
            (Flow.Inputs.HeldHelpedOrHindered, Text("She arrives on time and starts talking before she has sat down. The same room at the same time each week seems to be all she needs from the frame; my job is mostly to keep it steady.")),
            (Flow.Inputs.FrameHeld, Pick(Flow.Frame.HeldAsUsual)),
            (Flow.Inputs.CuesShown, Ticks(Flow.Cues.Tearfulness)),
            (Flow.Inputs.CuesInOwnWords, Text("Leaning in, open, bringing her own list of things to talk about. Tears when she spoke about her father, which she let come rather than apologising for them.")),
            (Flow.Inputs.WhenNamed, Text("I didn't name anything about us; nothing suggested it was needed. I reflected the tears and she stayed with them for a while, then said it was a relief to cry somewhere.")),
            (Flow.Inputs.WhatYouFelt, Text("Warmth, and some pleasure in how easily the work goes. I noticed a pull to be the wise, good therapist she seems to expect.")),
            (Flow.Inputs.Caring, Rate(5)),
            (Flow.Inputs.Collaborative, Rate(5)),
            (Flow.Inputs.Reliable, Rate(5)),
            (Flow.Inputs.Knowledgeable, Rate(4)),
            (Flow.Inputs.AppreciatesFeelings, Rate(5)),
            (Flow.Inputs.Trust, Rate(5)),
            (Flow.Inputs.SharedGoals, Rate(5)),
            (Flow.Inputs.SharedTasks, Rate(4)),
            (Flow.Inputs.Rupture, Pick(Flow.Ruptures.None)),
            (Flow.Inputs.HowYouAre, Rate(4)),
            (Flow.Inputs.Carrying, Text("Not much today. A small question about whether the ease between us might be hiding something neither of us is looking at.")),
            (Flow.Inputs.QuestionForSupervision, Text("When the alliance is there from the start, what should I still be paying attention to so that we don't just have a pleasant time?")),
            (Flow.Inputs.TryNext, Text("Stay curious about what she doesn't bring, without disturbing what is working.")),
            (CommonInputs.Sharing, Pick(CommonInputs.ShareWithGroup)),
            (CommonInputs.RequestSupervisorContact, new AnswerValue.Toggle(false))));

    /// <summary>A wary client: each sign of wariness was gently named, and over many sessions trust grew.</summary>
    public static readonly WorkedExample WarinessGentlyNamed = new(
        "Example: naming wariness, gently, over time",
        "A client who could not say why he had come. Noticing his wariness aloud, a little at a time, let trust grow until the two of them could work together.",
        Flow.Id,
        Answers(
            (Flow.Inputs.CaseLabel, Text("Example client W")),
            (Flow.Inputs.Phase, Pick(Flow.Phases.Middle)),
            (Flow.Inputs.HowHeld, Rate(4)),
            (Flow.Inputs.HeldHelpedOrHindered, Text("Months of the same time, the same chair and no pushing. Noticing aloud when he looked away or sat back, and letting him not answer, seems to have helped him stay.")),
            (Flow.Inputs.FrameHeld, Pick(Flow.Frame.HeldAsUsual)),
            (Flow.Inputs.CuesShown, Ticks(Flow.Cues.Wariness, Flow.Cues.PullingBack, Flow.Cues.EyeContactAvoided, Flow.Cues.LeaningBack)),
            (Flow.Inputs.CuesInOwnWords, Text("At first he couldn't tell me why he had come. Today the old signs came back briefly when I asked about work: eyes to the window, sitting right back in the chair.")),
            (Flow.Inputs.WhenNamed, Text("I said I'd noticed him sit back just then, as if the question had come too close. He was quiet, then said it had, and told me for the first time about the day he lost his job. Early on, naming things like this made him more guarded; now it seems to let him in.")),
            (Flow.Inputs.WhatYouFelt, Text("Patience, with an urge underneath it to hurry him along. Relief when he began to speak.")),
            (Flow.Inputs.Caring, Rate(4)),
            (Flow.Inputs.Collaborative, Rate(3)),
            (Flow.Inputs.Reliable, Rate(5)),
            (Flow.Inputs.Knowledgeable, Rate(3)),
            (Flow.Inputs.AppreciatesFeelings, Rate(4)),
            (Flow.Inputs.Trust, Rate(4)),
            (Flow.Inputs.SharedGoals, Rate(3)),
            (Flow.Inputs.SharedTasks, Rate(3)),
            (Flow.Inputs.Rupture, Pick(Flow.Ruptures.Withdrawal)),
            (Flow.Inputs.Repair, Text("I named the moment he pulled back and asked whether my question had felt like too much. We agreed he can say \"not yet\" and I will take it seriously.")),
            (Flow.Inputs.HowYouAre, Rate(3)),
            (Flow.Inputs.Carrying, Text("How slowly trust is built, and how easily I could set it back by being clumsy.")),
            (Flow.Inputs.QuestionForSupervision, Text("How do I tell respecting his pace apart from going along with his avoidance?")),
            (Flow.Inputs.TryNext, Text("Keep naming what I see, briefly, and ask him how it is for him when I do.")),
            (CommonInputs.Sharing, Pick(CommonInputs.ShareWithSupervisor)),
            (CommonInputs.RequestSupervisorContact, new AnswerValue.Toggle(false))));

    /// <summary>A depressed, anxious, mostly silent client: holding came first, reflection only once she felt contained.</summary>
    public static readonly WorkedExample HoldingFirst = new(
        "Example: holding first, reflection later",
        "A low, anxious, mostly silent client with a quiet voice. For weeks the work was the frame itself; only once she felt contained did she begin to think about what her therapist said.",
        Flow.Id,
        Answers(
            (Flow.Inputs.CaseLabel, Text("Example client S")),
            (Flow.Inputs.Phase, Pick(Flow.Phases.Middle)),
            (Flow.Inputs.HowHeld, Rate(3)),
            (Flow.Inputs.HeldHelpedOrHindered, Text("For weeks I worked only on the frame: starting and ending on time, keeping my voice slow, not filling the silences with questions. When I asked too much early on she seemed to retreat. Today, for the first time, she picked up something I had said last week and thought about it aloud.")),
            (Flow.Inputs.FrameHeld, Pick(Flow.Frame.Stretched)),
            (Flow.Inputs.FrameNotes, Text("She was ten minutes late. I kept to the usual end and said so kindly at the start, so the ending would not feel like a rejection.")),
            (Flow.Inputs.CuesShown, Ticks(Flow.Cues.Silence, Flow.Cues.LowVoice, Flow.Cues.EyeContactAvoided, Flow.Cues.OverCompliance)),
            (Flow.Inputs.CuesInOwnWords, Text("Long silences and a voice I had to lean forward to hear. She agrees with everything I say, which I take as her not yet being able to disagree with me.")),
            (Flow.Inputs.WhenNamed, Text("I named very little; it still felt early. I said there was no hurry and that silence was allowed here. Her shoulders dropped a little.")),
            (Flow.Inputs.WhatYouFelt, Text("Heaviness and sleepiness, which I think is partly hers. A protective, almost parental feeling, and some anxiety about whether I am doing enough.")),
            (Flow.Inputs.Caring, Rate(3)),
            (Flow.Inputs.Collaborative, Rate(2)),
            (Flow.Inputs.Reliable, Rate(4)),
            (Flow.Inputs.Knowledgeable, Rate(2)),
            (Flow.Inputs.AppreciatesFeelings, Rate(3)),
            (Flow.Inputs.Trust, Rate(2)),
            (Flow.Inputs.SharedGoals, Rate(2)),
            (Flow.Inputs.SharedTasks, Rate(2)),
            (Flow.Inputs.Rupture, Pick(Flow.Ruptures.None)),
            (Flow.Inputs.HowYouAre, Rate(2)),
            (Flow.Inputs.Carrying, Text("The heaviness stayed with me all afternoon. I haven't yet asked her directly how low she gets, and that is on my mind.")),
            (Flow.Inputs.QuestionForSupervision, Text("How can I ask about risk with someone this withdrawn without it feeling like an interrogation?")),
            (Flow.Inputs.TryNext, Text("Keep the frame steady, and ask gently how low she gets near the start of a session rather than at the end.")),
            (CommonInputs.Sharing, Pick(CommonInputs.ShareWithSupervisor)),
            (CommonInputs.RequestSupervisorContact, new AnswerValue.Toggle(true))));

    public static ImmutableArray<WorkedExample> All { get; } = [AllianceFromTheStart, WarinessGentlyNamed, HoldingFirst];

    private static ImmutableDictionary<InputId, AnswerValue> Answers(params (InputId Input, AnswerValue Answer)[] answers) =>
        answers.ToImmutableDictionary(pair => pair.Input, pair => pair.Answer);

    private static AnswerValue.Text Text(string value) => new(value);

    private static AnswerValue.Choice Pick(Choice choice) => new(choice.Value);

    private static AnswerValue.Choice Rate(int point) => new(point.ToString(CultureInfo.InvariantCulture));

    private static AnswerValue.Choices Ticks(params Choice[] choices) => new([.. choices.Select(choice => choice.Value)]);
}
