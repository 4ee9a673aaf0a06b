using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;
using SupervisionBot.Dialogs.Engine;

namespace SupervisionBot.Cards.Reflection;

/// <summary>
/// The reflection read back before anything is kept: every step with its answers, an Edit button
/// under each step that can still change, then Confirm and Discard. It renders the model as
/// given, so anonymising the text is done on the <see cref="ReviewModel"/> before it gets here.
/// </summary>
public static class ReviewCard
{
    public const string Heading = "Check your reflection";

    public static AdaptiveCard Create(ReviewModel review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var body = new List<CardElement>
        {
            CardText.Subtle(review.FlowTitle),
            CardText.Heading(Heading) with { Spacing = Spacing.None },
            CardText.Paragraph("This is exactly what will be kept. I have replaced the names, places, dates and other details I found with tags such as [CLIENT]. Automatic removal can miss things, so please read it through and hide anything else below. It joins your saved reflections only when you confirm."),
        };
        body.AddRange(ReviewAnswers.Render(review, withEditButtons: true));
        body.Add(new TextInput
        {
            Id = ReviewInputs.HideWords.Value,
            Label = "Anything else to hide? Type the words, separated by commas",
            Placeholder = "For example: a nickname, a street, a team name",
            MaxLength = ReviewInputs.MaxLength,
            Spacing = Spacing.Large,
        });
        body.Add(new ActionSet([SessionButtons.For("Hide these words", SessionVerb.HideWords, review.Stamp) with { AssociatedInputs = AssociatedInputs.Auto }]));

        var actions = new List<CardAction>();
        if (review.CanConfirm)
        {
            actions.Add(SessionButtons.For("Confirm and save", SessionVerb.Confirm, review.Stamp) with
            {
                Style = ActionStyle.Positive,
                AssociatedInputs = AssociatedInputs.None,
            });
        }

        // Discarding throws away several minutes' work, so it asks once, inside the card.
        actions.Add(new ShowCardAction("Discard", new AdaptiveCard
        {
            Body = [CardText.Paragraph("Discard this reflection? Nothing from it will be kept.")],
            Actions =
            [
                SessionButtons.For("Yes, discard it", SessionVerb.Cancel, review.Stamp) with
                {
                    Style = ActionStyle.Destructive,
                    AssociatedInputs = AssociatedInputs.None,
                },
            ],
            Teams = null,
        }));

        return new AdaptiveCard
        {
            Body = body,
            Actions = actions,
            FallbackText = $"{Heading}: {review.FlowTitle}. It joins your saved reflections only when you confirm.",
            Speak = $"{Heading}. It joins your saved reflections only when you confirm.",
            Teams = TeamsCardProperties.FullWidth,
        };
    }
}
