using System.Globalization;
using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Examples;

namespace SupervisionBot.Cards.Reflection;

/// <summary>
/// The fictional worked examples: a list to pick from, and one example read back like a review.
/// An example is always marked as fictional at the top, and nothing on it can be edited.
/// </summary>
public static class ExamplesCard
{
    public const string ListHeading = "Worked examples";

    /// <summary>
    /// Each example with an Open button whose argument is its index in <paramref name="examples"/>,
    /// so the bot must open examples from the same list it rendered (<see cref="WorkedExamples.All"/>).
    /// </summary>
    public static AdaptiveCard List(IReadOnlyList<WorkedExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Count == 0)
        {
            throw new ArgumentException("There must be at least one example to list.", nameof(examples));
        }

        var body = new List<CardElement>
        {
            CardText.Heading(ListHeading),
            CardText.Paragraph("Fictional reflections, written to show what an answer can look like. None is about a real client or therapist."),
        };
        for (var index = 0; index < examples.Count; index++)
        {
            var example = examples[index];
            body.Add(CardText.SectionHeading(example.Title));
            body.Add(CardText.Paragraph(example.Summary) with { Spacing = Spacing.Small });
            var open = ExecuteAction.For("Open", new CardActionData(ExampleVerbs.Open) { Argument = index.ToString(CultureInfo.InvariantCulture) }) with
            {
                Tooltip = $"Open {example.Title}",
            };
            body.Add(new ActionSet([open]) { Spacing = Spacing.Small });
        }

        return new AdaptiveCard
        {
            Body = body,
            FallbackText = $"{ListHeading}: " + string.Join("; ", examples.Select(example => example.Title)),
            Speak = $"{ListHeading}. " + string.Join(". ", examples.Select(example => example.Title)),
        };
    }

    /// <summary>One example, read-only, with its answers as <paramref name="answers"/> reads them back.</summary>
    public static AdaptiveCard Show(WorkedExample example, ReviewModel answers)
    {
        ArgumentNullException.ThrowIfNull(example);
        ArgumentNullException.ThrowIfNull(answers);
        var body = new List<CardElement>
        {
            new Container([new TextBlock(WorkedExample.Notice) { Weight = TextWeight.Bolder }]) { Style = ContainerStyle.Emphasis },
            CardText.Heading(example.Title),
            CardText.Paragraph(example.Summary) with { Spacing = Spacing.Small },
        };
        body.AddRange(ReviewAnswers.Render(answers, withEditButtons: false));

        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                ExecuteAction.For("Back to the examples", new CardActionData(ExampleVerbs.List)),
                ExecuteAction.For("Start my own reflection", new CardActionData(ReflectionVerbs.Start) { Argument = example.Flow.Value }) with
                {
                    Style = ActionStyle.Positive,
                },
            ],
            FallbackText = $"{example.Title}. {WorkedExample.Notice}",
            Speak = $"{WorkedExample.Notice} {example.Title}.",
            Teams = TeamsCardProperties.FullWidth,
        };
    }
}
