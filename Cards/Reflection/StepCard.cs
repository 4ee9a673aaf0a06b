using System.Globalization;
using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Cards.Reflection;

/// <summary>
/// One step of a reflection, as the card the therapist answers: where they are in the flow, the
/// step's question, its inputs prefilled with what they wrote before, any errors the engine found,
/// and the buttons the step allows. Every button carries the step's <see cref="SessionStamp"/>.
/// </summary>
public static class StepCard
{
    /// <summary>A step with more rating inputs than this shows them as drop-downs.</summary>
    public const int CompactRatingsAbove = 3;

    public static AdaptiveCard Create(StepView view, IReadOnlyList<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(errors);
        var step = view.Step;
        var progress = Progress(view);

        var body = new List<CardElement>
        {
            CardText.Subtle(progress),
            CardText.Heading(step.Title) with { Spacing = Spacing.None },
        };
        if (errors.Count > 0)
        {
            body.Add(new TextBlock(ErrorSummary(view, errors)) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        body.Add(CardText.Paragraph(step.Prompt));
        body.Add(CardText.Subtle(step.Hint) with { Spacing = Spacing.Small });
        // Eight ratings as radio buttons make a wall of forty circles: past a few, use drop-downs.
        var compactRatings = view.Inputs.Count(input => input.Kind == InputKind.Rating) > CompactRatingsAbove;
        foreach (var input in view.Inputs)
        {
            var error = errors.FirstOrDefault(candidate => candidate.Input == input.Id);
            var rendered = StepInputs.Render(input, view.Values.GetValueOrDefault(input.Id), error, compactRatings).ToList();

            // A follow-up an earlier answer called for stands out, so the therapist sees what appeared.
            body.AddRange(input.IsConditional
                ? [new Container(rendered) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium }]
                : rendered);
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = Buttons(view),
            FallbackText = $"{progress}. {step.Title}: {step.Prompt}",
            // Spoken without the middle dot, which a screen reader may read out.
            Speak = string.Create(CultureInfo.InvariantCulture, $"Step {view.Number} of {view.Count}, {view.Flow.Title}. {step.Title}. {step.Prompt}"),
            Teams = TeamsCardProperties.FullWidth,
        };
    }

    internal static string Progress(StepView view) =>
        string.Create(CultureInfo.InvariantCulture, $"Step {view.Number} of {view.Count} · {view.Flow.Title}");

    private static string ErrorSummary(StepView view, IReadOnlyList<ValidationError> errors)
    {
        var summary = errors.Count == 1
            ? "One answer needs another look."
            : string.Create(CultureInfo.InvariantCulture, $"{errors.Count} answers need another look.");

        // An error about an input that is not on this card cannot be shown beside it, so it is said here.
        var elsewhere = errors.Where(error => !view.Inputs.Any(input => input.Id == error.Input)).Select(error => error.Message);
        return string.Join(" ", [summary, .. elsewhere]);
    }

    private static List<CardAction> Buttons(StepView view)
    {
        var buttons = new List<CardAction>
        {
            SessionButtons.For(view.ReturnsToReview ? "Back to review" : "Next", SessionVerb.Answer, view.Stamp) with { Style = ActionStyle.Positive },
        };
        if (view.CanGoBack)
        {
            // Going back from an edit returns to the review with the step as it was.
            var title = view.ReturnsToReview ? "Keep it as it was" : "Back";
            buttons.Add(SessionButtons.For(title, SessionVerb.Back, view.Stamp) with { AssociatedInputs = AssociatedInputs.None });
        }

        if (view.CanSkip)
        {
            buttons.Add(SessionButtons.For("Skip this step", SessionVerb.Skip, view.Stamp) with { AssociatedInputs = AssociatedInputs.None });
        }

        buttons.Add(SessionButtons.For("Save for later", SessionVerb.SaveForLater, view.Stamp) with { AssociatedInputs = AssociatedInputs.Auto });
        return buttons;
    }
}
