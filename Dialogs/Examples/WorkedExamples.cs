using System.Collections.Immutable;
using System.Globalization;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;
using Flow = SupervisionBot.Dialogs.Flows.SessionReflectionFlow;

namespace SupervisionBot.Dialogs.Examples;

/// <summary>
/// Four fictional session reflections, each a complete set of answers to the full session
/// reflection. The first three follow the source article's three ways an alliance can come about
/// (there from the start, grown slowly by naming wariness, built on holding before anything else);
/// the fourth, written for this product, shows an ending, online, with a confrontation rupture.
/// Labels are neutral letters, as the flow asks therapists to use, never a client's initials.
/// </summary>
public static class WorkedExamples
{
    /// <summary>An eager client: the alliance was there from the first session and held when the therapist challenged her.</summary>
    public static readonly WorkedExample AllianceFromTheStart = new(
        "Example: an alliance there from the start",
        "A client who wanted therapy and used it straight away. The relationship did not need to be talked about, and it held when her therapist challenged her.",
        Flow.Id,
        Answers(
            (Flow.Inputs.CaseLabel, Text("Example client A")),
            (Flow.Inputs.Setting, Pick(Flow.Settings.InPerson)),
            (Flow.Inputs.Phase, Pick(Flow.Phases.Middle)),
            (Flow.Inputs.HowHeld, Rate(5)),
            (Flow.Inputs.HeldHelpedOrHindered, Text("She arrives on time and starts talking before she has sat down. The same room at the same time each week seems to be most of what she needs from the frame; my job is to keep it steady and to stay with her when she gets upset.")),
            (Flow.Inputs.FrameHeld, Pick(Flow.Frame.HeldAsUsual)),
            (Flow.Inputs.Risk, Ticks(Flow.Risks.None)),
            (Flow.Inputs.CuesShown, Ticks(Flow.Cues.Warmth, Flow.Cues.Humour, Flow.Cues.OpeningUp, Flow.Cues.Tearfulness)),
            (Flow.Inputs.CuesInOwnWords, Text("Open, bringing her own list of things to talk about, laughing at herself. Tears when she spoke about her father, which she let come rather than apologising for them.")),
            (Flow.Inputs.WhenNamed, Text("I reflected the tears and she stayed with them for a while, then said it was a relief to cry somewhere. Later, when she said again that her week had been \"fine, really\", I challenged it gently: she often tells me things are fine just before she cries. She laughed, said I had caught her, and went on to the hard part.")),
            (Flow.Inputs.WhatYouFelt, Text("Warmth, and some pleasure in how easily the work goes. I noticed a pull to be the wise, good therapist she seems to expect.")),
            (Flow.Inputs.Caring, Rate(5)),
            (Flow.Inputs.Collaborative, Rate(5)),
            (Flow.Inputs.Reliable, Rate(5)),
            (Flow.Inputs.Knowledgeable, Rate(4)),
            (Flow.Inputs.AppreciatesFeelings, Rate(5)),
            (Flow.Inputs.Trust, Rate(5)),
            (Flow.Inputs.SharedGoals, Rate(5)),
            (Flow.Inputs.SharedTasks, Rate(4)),
            (Flow.Inputs.NotSaying, Text("Perhaps how angry she is with her father. She speaks of him only with love, and I have not heard the other side yet.")),
            (Flow.Inputs.TalkedAboutUs, Pick(Flow.TalkedAboutUsChoices.NotThisSession)),
            (Flow.Inputs.WhenWeTalked, Text("Nothing about us seemed to need saying. The challenge seemed to land as care, and the relationship held.")),
            (Flow.Inputs.Challenge, Pick(Flow.Challenges.Held)),
            (Flow.Inputs.Rupture, Ticks(Flow.Ruptures.None)),
            (Flow.Inputs.HowYouAre, Rate(4)),
            (Flow.Inputs.Carrying, Text("Not much today. A small question about whether the ease between us might be hiding something neither of us is looking at.")),
            (Flow.Inputs.GoDeeper, Ticks(Flow.Deeper.Difference)),
            (Flow.Inputs.Difference, Text("She told me at the start that she had asked for a male therapist, because she wanted to talk to a man who would listen. I have not yet asked what it means to her that I am a man, or what it would be like if I got it wrong.")),
            (Flow.Inputs.SinceLastSupervision, Text("After the last group I stopped filling her pauses, and she has started to bring harder things in them.")),
            (Flow.Inputs.QuestionForSupervision, Text("When the alliance is there from the start, what should I still be paying attention to so that we don't just have a pleasant time?")),
            (Flow.Inputs.TryNext, Text("Stay curious about what she doesn't bring, and ask what it is like to see a man for this.")),
            (CommonInputs.Sharing, Pick(CommonInputs.ShareWithGroup))));

    /// <summary>A wary client: each sign of wariness was gently named, and over many sessions trust grew.</summary>
    public static readonly WorkedExample WarinessGentlyNamed = new(
        "Example: naming wariness, gently, over time",
        "A client who could not say why he had come. For a long time he did not respond when his therapist named what she saw; noticing it aloud, a little at a time, let trust grow until the two of them could work together.",
        Flow.Id,
        Answers(
            (Flow.Inputs.CaseLabel, Text("Example client B")),
            (Flow.Inputs.Setting, Pick(Flow.Settings.InPerson)),
            (Flow.Inputs.Phase, Pick(Flow.Phases.Middle)),
            (Flow.Inputs.HowHeld, Rate(4)),
            (Flow.Inputs.HeldHelpedOrHindered, Text("Months of the same time, the same chair and no pushing. Noticing aloud when he seemed to retreat, and letting him not answer, seems to have helped him stay.")),
            (Flow.Inputs.FrameHeld, Pick(Flow.Frame.HeldAsUsual)),
            (Flow.Inputs.Risk, Ticks(Flow.Risks.None)),
            (Flow.Inputs.CuesShown, Ticks(Flow.Cues.OpeningUp, Flow.Cues.Wariness, Flow.Cues.PullingBack)),
            (Flow.Inputs.CuesInOwnWords, Text("At first he couldn't tell me why he had come. Today his own signs of wariness, which I have learnt over months, came back briefly when I asked about work: looking away to the window, sitting right back in the chair.")),
            (Flow.Inputs.WhenNamed, Text("I said I'd noticed him sit back just then, as if the question had come too close. He was quiet, then said it had, and told me for the first time about the day he lost his job. For months he didn't respond when I named things like this; today he picked it up.")),
            (Flow.Inputs.WhatYouFelt, Text("Patience, with an urge underneath it to hurry him along. Relief when he began to speak.")),
            (Flow.Inputs.Caring, Rate(4)),
            (Flow.Inputs.Collaborative, Rate(3)),
            (Flow.Inputs.Reliable, Rate(5)),
            (Flow.Inputs.Knowledgeable, Rate(3)),
            (Flow.Inputs.AppreciatesFeelings, Rate(4)),
            (Flow.Inputs.Trust, Rate(4)),
            (Flow.Inputs.SharedGoals, Rate(3)),
            (Flow.Inputs.SharedTasks, Rate(3)),
            (Flow.Inputs.NotSaying, Text("Whether he wants to be here at all. I suspect someone else suggested he come.")),
            (Flow.Inputs.TalkedAboutUs, Pick(Flow.TalkedAboutUsChoices.IRaisedIt)),
            (Flow.Inputs.WhenWeTalked, Text("I asked how it was for him when I point things out. He said it used to feel like being watched, and now it feels like being noticed.")),
            (Flow.Inputs.Challenge, Pick(Flow.Challenges.DidNotChallenge)),
            (Flow.Inputs.Rupture, Ticks(Flow.Ruptures.Withdrawal)),
            (Flow.Inputs.Repair, Text("I named the moment he pulled back and asked whether my question had felt like too much. We agreed he can say \"not yet\" and I will take it seriously.")),
            (Flow.Inputs.HowYouAre, Rate(3)),
            (Flow.Inputs.Carrying, Text("How slowly trust is built, and how easily I could set it back by being clumsy.")),
            (Flow.Inputs.QuestionForSupervision, Text("How do I tell respecting his pace apart from going along with his avoidance?")),
            (Flow.Inputs.TryNext, Text("Keep naming what I see, briefly, and ask him how it is for him when I do.")),
            (CommonInputs.Sharing, Pick(CommonInputs.ShareWithSupervisor))));

    /// <summary>A depressed, anxious, mostly silent client: holding came first, reflection only once she felt contained.</summary>
    public static readonly WorkedExample HoldingFirst = new(
        "Example: holding first, reflection later",
        "A low, anxious, mostly silent client with a quiet voice. For weeks the work was holding her: a steady frame and a therapist who could bear her heaviness. Only once she felt contained did she begin to think about what her therapist said.",
        Flow.Id,
        Answers(
            (Flow.Inputs.CaseLabel, Text("Example client C")),
            (Flow.Inputs.Setting, Pick(Flow.Settings.InPerson)),
            (Flow.Inputs.Phase, Pick(Flow.Phases.Middle)),
            (Flow.Inputs.HowHeld, Rate(3)),
            (Flow.Inputs.HeldHelpedOrHindered, Text("Holding her has meant more than keeping time: being the same each week, remembering what she told me, keeping my voice slow, letting silences be, and taking in the heaviness she brings without hurrying to fix it, then putting a little of it into words she could bear. When I asked too much early on she seemed to retreat. Today, for the first time, she picked up something I had said last week and thought about it aloud.")),
            (Flow.Inputs.FrameHeld, Pick(Flow.Frame.Stretched)),
            (Flow.Inputs.FrameNotes, Text("She was ten minutes late. I kept to the usual end and said so kindly at the start, so the ending would not feel like a rejection.")),
            (Flow.Inputs.Risk, Ticks(Flow.Risks.NotSure)),
            (Flow.Inputs.RiskNotes, Text("She said there is \"no point to anything\" at the moment. I haven't yet asked her directly about suicide or self-harm, so I don't know. I will ask near the start of next session.")),
            (CommonInputs.RequestSupervisorContact, new AnswerValue.Toggle(true)),
            (Flow.Inputs.CuesShown, Ticks(Flow.Cues.Silence, Flow.Cues.LowVoice, Flow.Cues.Lateness, Flow.Cues.OverCompliance)),
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
            (Flow.Inputs.NotSaying, Text("That she disagrees with me, or that something I said hurt. Her agreeing makes it hard to know.")),
            (Flow.Inputs.TalkedAboutUs, Pick(Flow.TalkedAboutUsChoices.NotYet)),
            (Flow.Inputs.WhenWeTalked, Text("It feels too soon to ask her about us; I think she would agree with whatever she thought I wanted to hear.")),
            (Flow.Inputs.Challenge, Pick(Flow.Challenges.DidNotChallenge)),
            (Flow.Inputs.Rupture, Ticks(Flow.Ruptures.Withdrawal)),
            (Flow.Inputs.Repair, Text("Her going along with everything may be a quiet moving away: deferring rather than disagreeing. I wondered aloud whether it might be hard to tell me when I have got something wrong, and said she is welcome to. I will keep making room for her \"no\".")),
            (Flow.Inputs.HowYouAre, Rate(2)),
            (Flow.Inputs.Carrying, Text("The heaviness stayed with me all afternoon, and it reminded me of a low time of my own. I haven't yet asked her how low she gets, and that is on my mind.")),
            (Flow.Inputs.QuestionForSupervision, Text("How can I ask about risk with someone this withdrawn without it feeling like an interrogation?")),
            (Flow.Inputs.TryNext, Text("Keep the frame steady, and ask gently and directly about suicide and self-harm near the start of the next session rather than at the end.")),
            (CommonInputs.Sharing, Pick(CommonInputs.ShareWithSupervisor))));

    /// <summary>
    /// Written for this product rather than taken from the article: an ending imposed by a session
    /// limit, online, where the client moved against the therapist and the rupture was talked through.
    /// </summary>
    public static readonly WorkedExample EndingOnline = new(
        "Example: an angry ending, online",
        "A fictional client, seen by video, who is angry that the work must end after the agency's twelve sessions. Made up for SupervisionBot, not taken from the article: a confrontation rupture, talked through rather than smoothed over.",
        Flow.Id,
        Answers(
            (Flow.Inputs.CaseLabel, Text("Example client D")),
            (Flow.Inputs.Setting, Pick(Flow.Settings.Video)),
            (Flow.Inputs.Phase, Pick(Flow.Phases.Ending)),
            (Flow.Inputs.HowHeld, Rate(3)),
            (Flow.Inputs.HeldHelpedOrHindered, Text("Keeping the same link and time, and not ending early when he was angry, seemed to matter. The reminder that we have two sessions left landed badly.")),
            (Flow.Inputs.FrameHeld, Pick(Flow.Frame.Stretched)),
            (Flow.Inputs.FrameNotes, Text("He turned his camera off for ten minutes. I stayed, said I was still here, and waited.")),
            (Flow.Inputs.Risk, Ticks(Flow.Risks.None)),
            (Flow.Inputs.CuesShown, Ticks(Flow.Cues.Warmth, Flow.Cues.PullingBack, Flow.Cues.Anger)),
            (Flow.Inputs.CuesInOwnWords, Text("Sharp, then silent with the camera off. Near the end, a warmer voice when he thanked me for not cutting him off.")),
            (Flow.Inputs.WhenNamed, Text("I said it sounded as if the ending felt like being dropped again. He said \"you're all the same\" and went off camera. When he came back we could talk about it.")),
            (Flow.Inputs.WhatYouFelt, Text("Stung, then defensive: I wanted to explain the agency's rules. Underneath, sadness that I can't offer more.")),
            (Flow.Inputs.Caring, Rate(3)),
            (Flow.Inputs.Collaborative, Rate(3)),
            (Flow.Inputs.Reliable, Rate(4)),
            (Flow.Inputs.Knowledgeable, Rate(3)),
            (Flow.Inputs.AppreciatesFeelings, Rate(3)),
            (Flow.Inputs.Trust, Rate(3)),
            (Flow.Inputs.SharedGoals, Rate(2)),
            (Flow.Inputs.SharedTasks, Rate(3)),
            (Flow.Inputs.NotSaying, Text("How much the work has meant to him, which may be why the ending hurts.")),
            (Flow.Inputs.TalkedAboutUs, Pick(Flow.TalkedAboutUsChoices.TheyRaisedIt)),
            (Flow.Inputs.WhenWeTalked, Text("He said I was just doing a job. I said that the job has limits I don't like either, and that our work has been real to me. He went quiet, then said he believed me.")),
            (Flow.Inputs.Challenge, Pick(Flow.Challenges.Wobbled)),
            (Flow.Inputs.Rupture, Ticks(Flow.Ruptures.Withdrawal, Flow.Ruptures.Confrontation)),
            (Flow.Inputs.Repair, Text("I didn't defend the rule. I acknowledged his anger as fair, and we talked about what he wants to do with the two sessions left.")),
            (Flow.Inputs.HowYouAre, Rate(2)),
            (Flow.Inputs.Carrying, Text("Guilt about an ending I didn't choose, and my own dislike of goodbyes.")),
            (Flow.Inputs.GoDeeper, Ticks(Flow.Deeper.WiderContext)),
            (Flow.Inputs.WiderContext, Text("The twelve-session limit shapes everything now. He has been passed between services before, so an ending set by an agency repeats something for him.")),
            (Flow.Inputs.SinceLastSupervision, Text("After the group suggested I name the ending early, I did so four sessions ago. It gave us time for today's anger, instead of it arriving in the last session.")),
            (Flow.Inputs.QuestionForSupervision, Text("How do I hold an ending I don't agree with, without siding with the client against the agency?")),
            (Flow.Inputs.TryNext, Text("Ask what he wants to leave with, and talk about onward support before the final session.")),
            (CommonInputs.Sharing, Pick(CommonInputs.ShareWithGroup))));

    public static ImmutableArray<WorkedExample> All { get; } = [AllianceFromTheStart, WarinessGentlyNamed, HoldingFirst, EndingOnline];

    private static ImmutableDictionary<InputId, AnswerValue> Answers(params (InputId Input, AnswerValue Answer)[] answers) =>
        answers.ToImmutableDictionary(pair => pair.Input, pair => pair.Answer);

    private static AnswerValue.Text Text(string value) => new(value);

    private static AnswerValue.Choice Pick(Choice choice) => new(choice.Value);

    private static AnswerValue.Choice Rate(int point) => new(point.ToString(CultureInfo.InvariantCulture));

    private static AnswerValue.Choices Ticks(params Choice[] choices) => new([.. choices.Select(choice => choice.Value)]);
}
