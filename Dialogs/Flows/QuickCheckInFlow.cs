using System.Collections.Immutable;
using SupervisionBot.Dialogs.Commands;

namespace SupervisionBot.Dialogs.Flows;

/// <summary>
/// A one-to-two-minute check-in between supervision meetings: how the work is sitting with the
/// therapist, one sentence about it, and who may see it. It asks about no particular client.
/// </summary>
public static class QuickCheckInFlow
{
    public static readonly FlowId Id = new("quickCheckIn");

    public static class Steps
    {
        public static readonly StepId Rating = new("checkInRating");
        public static readonly StepId Sentence = new("checkInSentence");
        public static readonly StepId Sharing = new("checkInSharing");
    }

    public static class Inputs
    {
        public static readonly InputId HowTheWorkSits = new("howTheWorkSits");
        public static readonly InputId OneSentence = new("oneSentence");
    }

    private static readonly ImmutableArray<Choice> WorkScale = RatingScale.Of(
        "Heavy: it is weighing on me",
        "Stirred up: some of it is staying with me",
        "Mixed: some hard, some fine",
        "Settled: I can put it down",
        "Light: the work feels good at the moment");

    public static readonly FlowDefinition Definition = new(
        Id,
        "Quick check-in",
        "A minute or two on how the work is sitting with you.",
        [
            new StepDefinition(
                Steps.Rating,
                "Quick check-in",
                "How is your client work sitting with you today?",
                "Go with your first answer.",
                [InputDefinition.Rating(Inputs.HowTheWorkSits, "The work feels", WorkScale, required: true)]),

            new StepDefinition(
                Steps.Sentence,
                "In a sentence",
                "If you could say one thing about it, what would it be?",
                "A label such as \"Client A\" is fine; please leave out names.",
                [InputDefinition.ShortText(Inputs.OneSentence, "One sentence", maxLength: 280)])
            {
                IsSkippable = true,
            },

            new StepDefinition(
                Steps.Sharing,
                "Sharing",
                "Who would you like to see this check-in?",
                "Nothing is shared unless you choose to share it.",
                [CommonInputs.SharingInput, CommonInputs.RequestSupervisorContactInput]),
        ])
    { StartedBy = BotCommand.Quick };
}
