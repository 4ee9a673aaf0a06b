using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;

namespace SupervisionBot.Cards.Digests;

/// <summary>The small cards around digests: which group, and the list of past digests.</summary>
public static class DigestChoiceCards
{
    public const int MaxPastShown = 12;

    /// <summary>A supervisor of several groups chooses which group's digest to see.</summary>
    /// <param name="groups">Group pseudonym and name, for each group they supervise.</param>
    public static AdaptiveCard ChooseGroup(IReadOnlyList<(string Id, string Name)> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return new AdaptiveCard
        {
            FallbackText = "Which group's digest would you like to see?",
            Body =
            [
                CardText.Heading("Which group?"),
                CardText.Paragraph("You supervise more than one group. Choose one to see its digest so far, for its next meeting."),
            ],
            Actions = [.. groups.Select(group => ExecuteAction.For(group.Name, new CardActionData(DigestVerbs.ForGroup) { Argument = group.Id }))],
        };
    }

    /// <summary>The stored digests of the groups someone supervises, newest first.</summary>
    public static AdaptiveCard Past(IReadOnlyList<PastDigest> digests)
    {
        ArgumentNullException.ThrowIfNull(digests);
        if (digests.Count == 0)
        {
            return new AdaptiveCard
            {
                FallbackText = "No digests have been sent for your groups yet.",
                Body =
                [
                    CardText.Heading("Past digests"),
                    CardText.Paragraph("No digests have been sent for your groups yet. The first arrives before your group's next meeting; type digest to see it so far."),
                ],
            };
        }

        var shown = digests.Take(MaxPastShown).ToList();
        var body = new List<CardElement>
        {
            CardText.Heading("Past digests"),
            CardText.Subtle("The digests sent before your groups' meetings, newest first. They hold only what members shared, without names."),
        };
        body.AddRange(shown.Select(digest => new ColumnSet(
        [
            new Column([new TextBlock($"{digest.GroupName} · {DigestText.Meeting(digest.Meeting)}") { Wrap = true }]) { Width = "stretch", VerticalContentAlignment = VerticalContentAlignment.Center },
            new Column([new ActionSet([ExecuteAction.For("Open", new CardActionData(DigestVerbs.Open) { Argument = digest.OpenArgument })])]) { Width = "auto" },
        ])
        { Spacing = Spacing.Small }));
        return new AdaptiveCard { FallbackText = "Your past digests.", Body = body };
    }
}
