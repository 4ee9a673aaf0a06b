using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;
using SupervisionBot.Supervision.Digests;

namespace SupervisionBot.Cards.Digests;

/// <summary>
/// The shorter summary posted in the group's conversation before a meeting: only what members
/// shared with the group, without names, and only when enough of them did.
/// </summary>
public static class GroupSummaryCard
{
    public static AdaptiveCard Create(GroupSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var body = new List<CardElement>
        {
            CardText.Heading($"Before our meeting on {DigestText.Meeting(summary.Meeting)}"),
        };

        if (!summary.MeetsMinimum || summary.Figures is not { } figures)
        {
            body.Add(CardText.Paragraph(
                $"Fewer than {summary.MinimumContributors} members shared reflections with the group this time, so there is no group summary."));
        }
        else
        {
            body.Add(CardText.Paragraph(
                $"What {DigestText.Count(figures.Contributors, "member", "members")} chose to share with the group " +
                $"({DigestText.Count(figures.Reflections, "reflection", "reflections")}), without names."));
            DigestCard.AddThemes(body, figures);
            if (summary.Questions.Length > 0)
            {
                body.Add(CardText.SectionHeading("Questions brought to the group"));
                body.AddRange(summary.Questions.Select(question => new TextBlock("• " + question) { Spacing = Spacing.Small }));
                body.Add(CardText.Subtle(
                    "Listed alphabetically." +
                    (summary.QuestionsNotShown > 0 ? $" {DigestText.Count(summary.QuestionsNotShown, "more was", "more were")} brought; there is no room for them here." : string.Empty)));
            }
        }

        return new AdaptiveCard
        {
            FallbackText = $"The group summary for {summary.GroupName}.",
            Body = body,
        };
    }
}
