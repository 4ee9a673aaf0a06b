using System.Collections.Immutable;
using SupervisionBot.Dialogs.Commands;
using SupervisionBot.Dialogs.Engine;

namespace SupervisionBot.Dialogs.Flows;

/// <summary>
/// The full reflection on one session with one client, in the order a supervision conversation
/// tends to go: the case and its setting, containment (feeling safe and held), risk, the here and
/// now, how the client experiences the relationship, how the two of you talk about it, the
/// therapist themselves, an optional "go deeper", and what to bring to supervision.
/// </summary>
/// <remarks>
/// Time. A reflection must fit in 5 to 10 minutes. Only the case label and the phase are required;
/// every other step can be skipped and every text box left empty. A typical path, answering the
/// choices and writing a line or two where something stands out:
/// the case (30 s), safe and held (1 min), risk (30 s, a minute more if a concern is noted), the
/// here and now (1.5 min), how they experience you (1 min: eight drop-downs and one line), talking
/// about the relationship (1.5 min), you (1 min), for supervision (1.5 min): about 8.5 minutes.
/// The wider prompts (parallel process, difference and power, ethics and boundaries, the wider
/// context) are not asked every time: the "you" card offers them, and only those ticked appear,
/// on one extra card, so going deeper is a choice and costs about a minute a prompt. The contact
/// offer appears only when a risk answer or "not at all" safe calls for it.
/// </remarks>
public static class SessionReflectionFlow
{
    public static readonly FlowId Id = new("sessionReflection");

    /// <summary>The steps, in order.</summary>
    public static class Steps
    {
        public static readonly StepId TheCase = new("case");
        public static readonly StepId Containment = new("containment");
        public static readonly StepId Risk = new("risk");
        public static readonly StepId HereAndNow = new("hereAndNow");
        public static readonly StepId Relationship = new("relationship");
        public static readonly StepId TalkingAboutUs = new("talkingAboutUs");
        public static readonly StepId You = new("you");
        public static readonly StepId GoingDeeper = new("goingDeeper");
        public static readonly StepId ForSupervision = new("forSupervision");
    }

    /// <summary>Every input of the flow; ids are unique across the whole flow.</summary>
    public static class Inputs
    {
        public static readonly InputId CaseLabel = new("caseLabel");
        public static readonly InputId Setting = new("setting");
        public static readonly InputId Phase = new("phase");
        public static readonly InputId ClientFirstName = new("clientFirstName");

        public static readonly InputId HowHeld = new("howHeld");
        public static readonly InputId HeldHelpedOrHindered = new("heldHelpedOrHindered");
        public static readonly InputId FrameHeld = new("frameHeld");
        public static readonly InputId FrameNotes = new("frameNotes");

        public static readonly InputId Risk = new("risk");
        public static readonly InputId RiskNotes = new("riskNotes");

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
        public static readonly InputId NotSaying = new("notSaying");

        public static readonly InputId TalkedAboutUs = new("talkedAboutUs");
        public static readonly InputId WhenWeTalked = new("whenWeTalked");
        public static readonly InputId Challenge = new("challenge");
        public static readonly InputId Rupture = new("rupture");
        public static readonly InputId Repair = new("repair");

        public static readonly InputId HowYouAre = new("howYouAre");
        public static readonly InputId Carrying = new("carrying");
        public static readonly InputId GoDeeper = new("goDeeper");

        public static readonly InputId Echoes = new("echoes");
        public static readonly InputId Difference = new("difference");
        public static readonly InputId Ethics = new("ethics");
        public static readonly InputId WiderContext = new("widerContext");

        public static readonly InputId SinceLastSupervision = new("sinceLastSupervision");
        public static readonly InputId QuestionForSupervision = new("questionForSupervision");
        public static readonly InputId TryNext = new("tryNext");
    }

    /// <summary>Where the session happened: cues and the frame look different on a screen or a phone line.</summary>
    public static class Settings
    {
        public static readonly Choice InPerson = new("inPerson", "In person");
        public static readonly Choice Video = new("video", "Online, by video");
        public static readonly Choice Telephone = new("telephone", "By telephone");
        public static readonly Choice Other = new("other", "Another way, such as text or chat");
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

    /// <summary>Risk as a supervisor asks about it: to the client, to others, and safeguarding, with "not sure" allowed.</summary>
    public static class Risks
    {
        public static readonly Choice ToClient = new("toClient", "Risk to my client: suicide or self-harm");
        public static readonly Choice ToOthers = new("toOthers", "Risk to someone else");
        public static readonly Choice Safeguarding = new("safeguarding", "Safeguarding: a child or an adult at risk");
        public static readonly Choice None = new("none", "None that I noticed");
        public static readonly Choice NotSure = new("notSure", "Not sure");
    }

    /// <summary>
    /// What a client may show rather than say, in the room, on screen or on the phone: signs of
    /// connection as well as of difficulty. Eye contact is left out on purpose: it varies with
    /// culture and neurodiversity and is no sign of wariness by itself.
    /// </summary>
    public static class Cues
    {
        public static readonly Choice Warmth = new("warmth", "Warmth or closeness");
        public static readonly Choice Humour = new("humour", "Humour or playfulness");
        public static readonly Choice OpeningUp = new("openingUp", "Opening up: bringing something new");
        public static readonly Choice Wariness = new("wariness", "Wariness or guardedness");
        public static readonly Choice PullingBack = new("pullingBack", "Pulling back or going quiet");
        public static readonly Choice Silence = new("silence", "Long silences");
        public static readonly Choice LowVoice = new("lowVoice", "A low, flat or quiet voice");
        public static readonly Choice Tearfulness = new("tearfulness", "Tearfulness");
        public static readonly Choice Anger = new("anger", "Anger or irritation");
        public static readonly Choice Agitation = new("agitation", "Agitation or restlessness");
        public static readonly Choice Lateness = new("lateness", "Lateness, or cutting the session short");
        public static readonly Choice Dissociation = new("dissociation", "Seeming far away, or going somewhere else");
        public static readonly Choice OverCompliance = new("overCompliance", "Agreeing with whatever I said");
        public static readonly Choice SomethingElse = new("somethingElse", "Something else");
    }

    /// <summary>Whether the two of them spoke about the relationship itself, the article's third focus.</summary>
    public static class TalkedAboutUsChoices
    {
        public static readonly Choice IRaisedIt = new("iRaisedIt", "Yes, I raised it");
        public static readonly Choice TheyRaisedIt = new("theyRaisedIt", "Yes, my client raised it");
        public static readonly Choice NotThisSession = new("notThisSession", "Not this session");
        public static readonly Choice NotYet = new("notYet", "Not yet in this work");
    }

    /// <summary>Whether the alliance held when the therapist challenged: it is tested there.</summary>
    public static class Challenges
    {
        public static readonly Choice DidNotChallenge = new("none", "I didn't challenge this session");
        public static readonly Choice Held = new("held", "I challenged, and the relationship held");
        public static readonly Choice Wobbled = new("wobbled", "I challenged, and it wobbled, then recovered");
        public static readonly Choice NotRecovered = new("notRecovered", "I challenged, and it hasn't recovered yet");
        public static readonly Choice NotSure = new("notSure", "Not sure how it landed");
    }

    /// <summary>Rupture in the sense of Safran and Muran: the client moving away from, or against, the therapist.</summary>
    public static class Ruptures
    {
        public static readonly Choice None = new("none", "None that I noticed");
        public static readonly Choice Withdrawal = new("withdrawal", "Moving away (withdrawal): going quiet, deferring, turning vague");
        public static readonly Choice Confrontation = new("confrontation", "Moving against (confrontation): complaining, challenging me or the work");
        public static readonly Choice NotSure = new("notSure", "Not sure");
    }

    /// <summary>The wider areas a reflection can go into when the therapist chooses to.</summary>
    public static class Deeper
    {
        public static readonly Choice Echoes = new("echoes", "Echoes: something in this work repeating elsewhere");
        public static readonly Choice Difference = new("difference", "Difference and power between us");
        public static readonly Choice Ethics = new("ethics", "Ethics and boundaries");
        public static readonly Choice WiderContext = new("widerContext", "The wider context: agency rules, session limits, endings");
    }

    private static readonly ImmutableArray<Choice> HeldScale = RatingScale.Of(
        "Not at all: they seemed unsafe or on edge throughout",
        "A little: moments of safety that did not last",
        "Partly: settled at times, guarded at others",
        "Mostly: they seemed fairly settled with me",
        "Very: they seemed safe enough to bring what mattered");

    /// <summary>The lowest point of <see cref="HeldScale"/>, which brings up the contact offer.</summary>
    public static readonly Choice NotHeldAtAll = HeldScale[0];

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

    /// <summary>
    /// The contact offer, brought up by any risk answer but "none", or by "not at all" safe. It
    /// says beside the toggle what will happen, before the therapist chooses.
    /// </summary>
    private static readonly InputDefinition ContactAfterConcern = CommonInputs.RequestSupervisorContactInput with
    {
        ShownWhen =
        [
            InputCondition.Chosen(Inputs.Risk, Risks.ToClient, Risks.ToOthers, Risks.Safeguarding, Risks.NotSure),
            InputCondition.Chosen(Inputs.HowHeld, NotHeldAtAll),
        ],
    };

    public static readonly FlowDefinition Definition = new(
        Id,
        "Reflect on a session",
        "A reflection on one session with one client, for you and, if you choose, your supervision.",
        [
            new StepDefinition(
                Steps.TheCase,
                "The case",
                "Which client is this about, where did you meet, and where are you in the work together?",
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
                        Inputs.Setting,
                        "Where was the session?",
                        [Settings.InPerson, Settings.Video, Settings.Telephone, Settings.Other]),
                    InputDefinition.SingleChoice(
                        Inputs.Phase,
                        "Phase of the work",
                        [Phases.Beginning, Phases.Middle, Phases.Ending],
                        required: true),
                    InputDefinition.RedactionOnlyText(
                        Inputs.ClientFirstName,
                        "Client's first name, for removing it only (optional)",
                        maxLength: 40,
                        hint: "If you give it, it is used only to take their name out of what you write, then discarded."),
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
                "Feeling safe and held",
                "How safe and held did your client seem in this session?",
                "Supervisors call this containment: the sense that you, and the work, can hold what your client brings.",
                [
                    InputDefinition.Rating(Inputs.HowHeld, "How safe and held did they seem?", HeldScale, required: true),
                    InputDefinition.LongText(
                        Inputs.HeldHelpedOrHindered,
                        "What helped them feel held, or got in the way?",
                        maxLength: 1500,
                        placeholder: "For example: staying steady with a hard feeling, putting it into words they could bear, a question that came too soon"),
                    InputDefinition.SingleChoice(
                        Inputs.FrameHeld,
                        "Did the frame hold?",
                        [Frame.HeldAsUsual, Frame.Stretched, Frame.Broken],
                        hint: "The frame is the agreed shape of the work: time, place or link, length, boundaries and breaks. A late start, a dropped call, an overrun, a coming holiday, a message between sessions."),
                    InputDefinition.LongText(Inputs.FrameNotes, "Anything about the frame you want to note", maxLength: 800),
                ])
            {
                IsSkippable = true,
            },

            new StepDefinition(
                Steps.Risk,
                "Risk",
                "Did anything in this session raise a concern about risk?",
                "Asking is routine, and noting a worry, or not being sure, is no judgement of you or your client.",
                [
                    InputDefinition.MultiSelect(
                        Inputs.Risk,
                        "Tick any that apply",
                        [Risks.ToClient, Risks.ToOthers, Risks.Safeguarding, Risks.None, Risks.NotSure]),
                    InputDefinition.LongText(
                        Inputs.RiskNotes,
                        "What did you notice, and what have you done so far?",
                        maxLength: 1000,
                        placeholder: "A line is enough"),
                    ContactAfterConcern,
                ])
            {
                IsSkippable = true,
                Rules =
                [
                    StepRule.OnItsOwn(
                        Inputs.Risk,
                        Risks.None,
                        "You ticked \"None that I noticed\" and a concern. Please untick one of them."),
                ],
            },

            new StepDefinition(
                Steps.HereAndNow,
                "The here and now",
                "What did your client show you, moment to moment, and what happened between you?",
                "Stay with what you noticed, more than the story they told. Online or on the phone, notice what you could: the voice, pauses, the camera, the connection.",
                [
                    InputDefinition.MultiSelect(
                        Inputs.CuesShown,
                        "What did you notice?",
                        [
                            Cues.Warmth, Cues.Humour, Cues.OpeningUp, Cues.Wariness, Cues.PullingBack, Cues.Silence, Cues.LowVoice,
                            Cues.Tearfulness, Cues.Anger, Cues.Agitation, Cues.Lateness, Cues.Dissociation, Cues.OverCompliance, Cues.SomethingElse,
                        ]),
                    InputDefinition.LongText(Inputs.CuesInOwnWords, "In your own words", maxLength: 1000),
                    InputDefinition.LongText(
                        Inputs.WhenNamed,
                        "Did you name any of it? What happened when you did?",
                        maxLength: 1500,
                        placeholder: "For example: \"I noticed you went quiet when I asked about your brother...\""),
                    InputDefinition.LongText(
                        Inputs.WhatYouFelt,
                        "What did you feel, in yourself, during the session?",
                        maxLength: 1500,
                        hint: "Boredom, protectiveness, irritation, sleepiness: all of it is information about the work. Some traditions call this countertransference."),
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
                    InputDefinition.LongText(
                        Inputs.NotSaying,
                        "What might your client not be saying to you?",
                        maxLength: 1000,
                        hint: "Good ratings and things unsaid can sit side by side."),
                ])
            {
                IsSkippable = true,
            },

            new StepDefinition(
                Steps.TalkingAboutUs,
                "Talking about the relationship",
                "Did the two of you talk about how it is between you, and did it hold when things got harder?",
                "Talking about the relationship, and coming through a difficult moment together, can strengthen it.",
                [
                    InputDefinition.SingleChoice(
                        Inputs.TalkedAboutUs,
                        "Did you talk about how it is between you?",
                        [TalkedAboutUsChoices.IRaisedIt, TalkedAboutUsChoices.TheyRaisedIt, TalkedAboutUsChoices.NotThisSession, TalkedAboutUsChoices.NotYet]),
                    InputDefinition.LongText(
                        Inputs.WhenWeTalked,
                        "What happened when you did, or what held you back?",
                        maxLength: 1500),
                    InputDefinition.SingleChoice(
                        Inputs.Challenge,
                        "Did you challenge your client, or question something they said or did?",
                        [Challenges.DidNotChallenge, Challenges.Held, Challenges.Wobbled, Challenges.NotRecovered, Challenges.NotSure]),
                    InputDefinition.MultiSelect(
                        Inputs.Rupture,
                        "Was there a rupture, a strain or break in the connection between you?",
                        [Ruptures.None, Ruptures.Withdrawal, Ruptures.Confrontation, Ruptures.NotSure],
                        hint: "Tick more than one if it moved both ways."),
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
                    StepRule.OnItsOwn(Inputs.Rupture, Ruptures.None, "You ticked \"None that I noticed\" and a rupture. Please untick one of them."),
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
                    InputDefinition.LongText(
                        Inputs.Carrying,
                        "What did this session touch in you personally, and what are you carrying from it?",
                        maxLength: 1500,
                        hint: "Your own history and life meet the work too. Write only what you are comfortable keeping."),
                    InputDefinition.MultiSelect(
                        Inputs.GoDeeper,
                        "Want to go deeper this time? Each one you tick adds a question on one more card.",
                        [Deeper.Echoes, Deeper.Difference, Deeper.Ethics, Deeper.WiderContext]),
                ])
            {
                IsSkippable = true,
            },

            new StepDefinition(
                Steps.GoingDeeper,
                "Going deeper",
                "The areas you chose to look at this time.",
                "A few lines each is plenty; leave any box empty if it does not fit this session.",
                [
                    InputDefinition.LongText(
                        Inputs.Echoes,
                        "Is anything in this work echoing elsewhere: in how you feel in supervision, or in the group?",
                        maxLength: 1000,
                        hint: "Supervisors call this parallel process: the client's way of relating showing up between you and your supervisor or group.")
                        with { ShownWhen = [InputCondition.Chosen(Inputs.GoDeeper, Deeper.Echoes)] },
                    InputDefinition.LongText(
                        Inputs.Difference,
                        "How did difference and power show between you?",
                        maxLength: 1000,
                        hint: "Culture, race, gender, age, disability, class, faith, sexuality: who holds power between you, and what is hard to name.")
                        with { ShownWhen = [InputCondition.Chosen(Inputs.GoDeeper, Deeper.Difference)] },
                    InputDefinition.LongText(
                        Inputs.Ethics,
                        "Is there an ethical question or a boundary to think about?",
                        maxLength: 1000,
                        hint: "For example: a gift, contact between sessions, meeting outside, confidentiality, a dual relationship.")
                        with { ShownWhen = [InputCondition.Chosen(Inputs.GoDeeper, Deeper.Ethics)] },
                    InputDefinition.LongText(
                        Inputs.WiderContext,
                        "What outside the two of you shaped this session?",
                        maxLength: 1000,
                        hint: "Agency rules, a fixed number of sessions, waiting lists, referrers, endings you did not choose.")
                        with { ShownWhen = [InputCondition.Chosen(Inputs.GoDeeper, Deeper.WiderContext)] },
                ])
            {
                IsSkippable = true,
            },

            new StepDefinition(
                Steps.ForSupervision,
                "For supervision",
                "What would you like to bring to supervision, and what will you try next?",
                "Your question can be a small one. At the end, you decide who this reflection is for.",
                [
                    InputDefinition.LongText(
                        Inputs.SinceLastSupervision,
                        "If you have brought this client to supervision before: what changed in the work after it?",
                        maxLength: 1000,
                        hint: "What you tried, and what happened. This is the evidence of supervision your register asks for."),
                    InputDefinition.LongText(Inputs.QuestionForSupervision, "The question I want to bring", maxLength: 1000),
                    InputDefinition.LongText(Inputs.TryNext, "What I will try next", maxLength: 1000),
                    CommonInputs.SharingInput,
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
