using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;
using SupervisionBot.Dialogs.Engine;

namespace SupervisionBot.Cards.Reflection;

/// <summary>
/// The answers of a reflection read back, step by step: shared by the review and the worked
/// examples. Shows each <see cref="ReviewItem.DisplayText"/> exactly as given, so text that has
/// been anonymised in the model is what appears.
/// </summary>
internal static class ReviewAnswers
{
    public const string Skipped = "Skipped";

    public static IEnumerable<CardElement> Render(ReviewModel review, bool withEditButtons)
    {
        foreach (var step in review.Steps)
        {
            yield return CardText.SectionHeading(step.Title);
            yield return step.WasSkipped
                ? CardText.Subtle(Skipped) with { Spacing = Spacing.Small }
                : new FactSet([.. step.Items.Select(item => new Fact(item.Label, item.DisplayText))]) { Spacing = Spacing.Small };

            if (withEditButtons && step.CanEdit)
            {
                var edit = SessionButtons.For("Edit", SessionVerb.Edit, review.Stamp, step.Step) with
                {
                    Tooltip = $"Edit {step.Title}",
                    AssociatedInputs = AssociatedInputs.None,
                };
                yield return new ActionSet([edit]) { Spacing = Spacing.Small };
            }
        }
    }
}
