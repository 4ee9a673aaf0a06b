using System.Collections.Immutable;
using SupervisionBot.Dialogs.Commands;
using SupervisionBot.Dialogs.Engine;

namespace SupervisionBot.Dialogs.Flows;

/// <summary>
/// The full reflection on one session with one client, in the order a supervision conversation
/// tends to go: the case, containment and holding, the here and now, the therapy relationship,
/// the therapist themselves, and what to bring to supervision. Written to take 5 to 10 minutes.
/// </summary>
public static class SessionReflectionFlow
{
    public static readonly FlowId Id = new("sessionReflection");

    /// <summary>The steps, in order.</summary>
    public static class Steps
    {
        public static readonly StepId TheCase = new("case");
        public static readonly StepId Containment = new("containment");
        public static readonly StepId HereAndNow = new("hereAndNow");
        public static readonly StepId Relationship = new("relationship");
        public static readonly StepId You = new("you");
        public static readonly StepId ForSupervision = new("forSupervision");
    }

    /// <summary>Every input of the flow; ids are unique across the whole flow.</summary>
    public static class Inputs
    {
        public static readonly InputId CaseLabel = new("caseLabel");
        public static readonly InputId Phase = new("phase");
        public static readonly InputId ClientFirstName = new("clientFirstName");

        public static readonly InputId HowHeld = new("howHeld");
        public static readonly InputId HeldHelpedOrHindered = new("heldHelpedOrHindered");
        public static readonly InputId FrameHeld = new("frameHeld");
        public static readonly InputId FrameNotes = new("frameNotes");

        public static readonly InputId CuesShown = new("cuesShown");
        public static readonly InputId CuesInOwnWords = new("cuesInOwnWords");
        public static readonly InputId WhenNamed = new("whenNamed");
        public static readonly InputId WhatYouFelt = new("whatYouFelt");

        public static readonly InputId Caring = new("caring");
        public static readonly InputId Collaborative = new("collaborative");
        public static readonly InputId Reliable = new("reliable");
        public static readonly InputId Knowledgeable = new("knowledgeable");
        public static readonly InputId AppreciatesFeelings = new("appreciatesFeelings");
        public static readonly InputId Trust = new("trust");
        public static readonly InputId SharedGoals = new("sharedGoals");
        public static readonly InputId SharedTasks = new("sharedTasks");
        public static readonly InputId Rupture = new("rupture");
        public static readonly InputId Repair = new("repair");

        public static readonly InputId HowYouAre = new("howYouAre");
        public static readonly InputId Carrying = new("carrying");

        public static readonly InputId QuestionForSupervision = new("questionForSupervision");
        public static readonly InputId TryNext = new("tryNext");
    }

    public static class Phases
    {
        public static readonly Choice Beginning = new("beginning", "Beginning: the first sessions, getting to know each other");
        public static readonly Choice Middle = new("middle", "Middle: the work is under way");
        public static readonly Choice Ending = new("ending", "Ending: we are working towards finishing");
    }

    public static class Frame
    {
        public static readonly Choice HeldAsUsual = new("held", "It held as usual");
        public static readonly Choice Stretched = new("stretched", "It was stretched, but held");
        public static readonly Choice Broken = new("broken", "It was broken this time");
    }

    /// <summary>What a client may show in the room rather than say.</summary>
    public static class Cues
    {
        public static readonly Choice Wariness = new("wariness", "Wariness");
        public static readonly Choice PullingBack = new("pullingBack", "Pulling back");
        public static readonly Choice Silence = new("silence", "Long silences");
        public static readonly Choice LowVoice = new("lowVoice", "A low or quiet voice");
        public static readonly Choice Tearfulness = new("tearfulness", "Tearfulness");
        public static readonly Choice Agitation = new("agitation", "Agitation or restlessness");
        public static readonly Choice EyeContactAvoided = new("eyeContactAvoided", "Avoiding eye contact");
        public static readonly Choice LeaningBack = new("leaningBack", "Leaning back or away");
        public static readonly Choice OverCompliance = new("overCompliance", "Going along with everything");
        public static readonly Choice SomethingElse = new("somethingElse", "Something else");
    }

    /// <summary>Rupture in the sense of Safran and Muran: the client moving away from, or against, the therapist.</summary>
    public static class Ruptures
    {
        public static readonly Choice None = new("none", "None that I noticed");
        public static readonly Choice Withdrawal = new("withdrawal", "Moving away (withdrawal)");
        public static readonly Choice Confrontation = new("confrontation", "Moving against (confrontation)");
    }

    private static readonly ImmutableArray<Choice> HeldScale = RatingScale.Of(
        "Not at all: they seemed unsafe or on edge throughout",
        "A little: moments of safety that did not last",
        "Partly: settled at times, guarded at others",
        "Mostly: they seemed fairly settled with me",
        "Very: they seemed safe enough to bring what mattered");

    private static readonly ImmutableArray<Choice> SenseScale = RatingScale.Of(
        "Not yet",
        "A little",
        "Partly",
        "Mostly",
        "Very much");

    private static readonly ImmutableArray<Choice> AfterSessionScale = RatingScale.Of(
        "Drained",
        "Unsettled",
        "Okay",
        "Steady",
        "Well resourced");

    public static readonly FlowDefinition Definition = new(
        Id,
        "Reflect on a session",
        "A reflection on one session with one client, for you and, if you choose, your supervision.",
        [
            new StepDefinition(
                Steps.TheCase,
                "The case",
                "Which client is this about, and where are you in the work together?",
                "Use a label rather than a name: it is how this reflection will be known.",
                [
                    InputDefinition.ShortText(
                        Inputs.CaseLabel,
                        "Case label",
                        maxLength: 40,
                        required: true,
                        hint: "Something you will recognise, such as \"Client A\". Please leave out names, initials and anything that could identify them.",
                        placeholder: "Client A"),
                    InputDefinition.SingleChoice(
                        Inputs.Phase,
                        "Phase of the work",
                        [Phases.Beginning, Phases.Middle, Phases.Ending],
                        required: true),
                    InputDefinition.RedactionOnlyText(
                        Inputs.ClientFirstName,
                        "Client's first name, for removing it only (optional)",
                        maxLength: 40,
                        hint: "If you give it, it is used only to take their name out of what you write next, then thrown away. It is never saved or shown."),
                ])
            {
                Rules =
                [
                    StepRule.MustNotContainIdentifier(
                        Inputs.CaseLabel,
                        Inputs.ClientFirstName,
                        "This label contains your client's name. Please choose one that doesn't identify them."),
                ],
            },

            new StepDefinition(
                Steps.Containment,
                "Containment and holding",
                "How safe and held did your client seem in this session?",
                "Think of the frame (time, place, boundaries) and of your steady presence.",
                [
                    InputDefinition.Rating(Inputs.HowHeld, "How safe and held did they seem?", HeldScale, required: true),
                    InputDefinition.LongText(
                        Inputs.HeldHelpedOrHindered,
                        "What helped them feel held, or got in the way?",
                        maxLength: 1500,
                        placeholder: "For example: keeping to time, staying with a hard moment, a question that came too soon"),
                    InputDefinition.SingleChoice(
                        Inputs.FrameHeld,
                        "Did the frame hold?",
                        [Frame.HeldAsUsual, Frame.Stretched, Frame.Broken],
                        hint: "Time, boundaries, breaks and endings: a late start, an overrun, a coming holiday, a request for contact between sessions."),
                    InputDefinition.LongText(Inputs.FrameNotes, "Anything about the frame you want to note", maxLength: 800),
                ])
            {
                IsSkippable = true,
            },

            new StepDefinition(
                Steps.HereAndNow,
                "The here and now",
                "What did your client show you in the room, and what happened between you?",
                "Stay with what you noticed moment to moment, more than the story they told.",
                [
                    InputDefinition.MultiSelect(
                        Inputs.CuesShown,
                        "What did you notice?",
                        [
                            Cues.Wariness, Cues.PullingBack, Cues.Silence, Cues.LowVoice, Cues.Tearfulness,
                            Cues.Agitation, Cues.EyeContactAvoided, Cues.LeaningBack, Cues.OverCompliance, Cues.SomethingElse,
                        ]),
                    InputDefinition.LongText(Inputs.CuesInOwnWords, "In your own words", maxLength: 1000),
                    InputDefinition.LongText(
                        Inputs.WhenNamed,
                        "Did you name any of it? What happened when you did?",
                        maxLength: 1500,
                        placeholder: "For example: \"I noticed you sat back when I asked about your brother...\""),
                    InputDefinition.LongText(
                        Inputs.WhatYouFelt,
                        "What did you feel in the room?",
                        maxLength: 1500,
                        hint: "Your countertransference: boredom, protectiveness, irritation, sleepiness. All of it is information."),
                ])
            {
                IsSkippable = true,
                Rules =
                [
                    StepRule.RequiredWhenChosen(
                        Inputs.CuesInOwnWords,
                        Inputs.CuesShown,
                        [Cues.SomethingElse],
                        "You ticked \"Something else\": a few words on what you noticed, please."),
                ],
            },

            new StepDefinition(
                Steps.Relationship,
                "The therapy relationship",
                "How do you sense your client experiences the relationship with you at the moment?",
                "These are SupervisionBot's own reflective questions, rated by you from your sense of the work. They are not a validated scale.",
                [
                    InputDefinition.Rating(Inputs.Caring, "They feel I care about them", SenseScale),
                    InputDefinition.Rating(Inputs.Collaborative, "They feel we work on this together", SenseScale),
                    InputDefinition.Rating(Inputs.Reliable, "They can count on me being there, and being the same", SenseScale),
                    InputDefinition.Rating(Inputs.Knowledgeable, "They trust that I know what I am doing", SenseScale),
                    InputDefinition.Rating(Inputs.AppreciatesFeelings, "They feel I take their feelings seriously", SenseScale),
                    InputDefinition.Rating(Inputs.Trust, "They can bring difficult things to me", SenseScale),
                    InputDefinition.Rating(Inputs.SharedGoals, "We want the same things from the work", SenseScale),
                    InputDefinition.Rating(Inputs.SharedTasks, "We agree on how we go about it", SenseScale),
                    InputDefinition.SingleChoice(
                        Inputs.Rupture,
                        "Was there a rupture between you?",
                        [Ruptures.None, Ruptures.Withdrawal, Ruptures.Confrontation],
                        hint: "Moving away: going silent, deferring to you, turning vague. Moving against: complaining, challenging you or the work."),
                    InputDefinition.LongText(
                        Inputs.Repair,
                        "What did you do, or what might you do, to repair it?",
                        maxLength: 1500,
                        placeholder: "For example: talking about what just happened between us, rethinking what we work on and how"),
                ])
            {
                IsSkippable = true,
                Rules =
                [
                    StepRule.RequiredWhenChosen(
                        Inputs.Repair,
                        Inputs.Rupture,
                        [Ruptures.Withdrawal, Ruptures.Confrontation],
                        "You noted a rupture: a line on what happened next would help, even \"nothing yet\"."),
                ],
            },

            new StepDefinition(
                Steps.You,
                "You",
                "How are you after this session?",
                "This part is for you. The work leaves its mark, and noticing it is part of looking after yourself.",
                [
                    InputDefinition.Rating(Inputs.HowYouAre, "Right now I feel", AfterSessionScale),
                    InputDefinition.LongText(Inputs.Carrying, "What are you carrying from it?", maxLength: 1500),
                ])
            {
                IsSkippable = true,
            },

            new StepDefinition(
                Steps.ForSupervision,
                "For supervision",
                "What would you like to bring to supervision, and what will you try next?",
                "Your question can be a small one. Nothing is shared unless you choose to share it.",
                [
                    InputDefinition.LongText(Inputs.QuestionForSupervision, "The question I want to bring", maxLength: 1000),
                    InputDefinition.LongText(Inputs.TryNext, "What I will try next", maxLength: 1000),
                    CommonInputs.SharingInput,
                    CommonInputs.RequestSupervisorContactInput,
                ]),
        ])
    { CaseLabel = Inputs.CaseLabel, SuggestAnswers = SuggestedAnswers, StartedBy = BotCommand.Reflect };

    /// <summary>
    /// Suggests the next free label of the form "Client A", "Client B", ... "Client Z", "Client AA",
    /// skipping any the therapist already uses (compared without regard to case or surrounding spaces).
    /// </summary>
    public static string SuggestCaseLabel(IEnumerable<string> labelsInUse)
    {
        ArgumentNullException.ThrowIfNull(labelsInUse);
        var used = new HashSet<string>(labelsInUse.Select(label => label.Trim()), StringComparer.OrdinalIgnoreCase);
        for (var number = 0; ; number++)
        {
            var label = "Client " + Letters(number);
            if (!used.Contains(label))
            {
                return label;
            }
        }
    }

    /// <summary>The answers a new session starts with: a suggested case label the therapist can change.</summary>
    public static ImmutableDictionary<InputId, AnswerValue> SuggestedAnswers(IEnumerable<string> labelsInUse) =>
        ImmutableDictionary<InputId, AnswerValue>.Empty.Add(Inputs.CaseLabel, new AnswerValue.Text(SuggestCaseLabel(labelsInUse)));

    // 0 -> A, 25 -> Z, 26 -> AA, like spreadsheet columns.
    private static string Letters(int number)
    {
        var letters = string.Empty;
        for (var remaining = number + 1; remaining > 0; remaining = (remaining - 1) / 26)
        {
            letters = (char)('A' + ((remaining - 1) % 26)) + letters;
        }

        return letters;
    }
}
