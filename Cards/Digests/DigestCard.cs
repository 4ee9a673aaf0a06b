using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;
using SupervisionBot.Supervision.Digests;

namespace SupervisionBot.Cards.Digests;

/// <summary>
/// The supervisors' digest, sent to each supervisor's 1:1 chat before a meeting: themes, not
/// people. Below the minimum number of contributors it says only that. The trend chart is an
/// image the edge draws and hosts (or inlines, if small); without one, the card says nothing about it.
/// </summary>
public static class DigestCard
{
    public static AdaptiveCard Create(SupervisorDigest digest, Uri? chart = null)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var body = new List<CardElement>
        {
            CardText.Heading($"Digest for {digest.GroupName}"),
            CardText.Subtle($"Before the meeting on {DigestText.Meeting(digest.Meeting)}. Reflections confirmed {DigestText.Covered(digest.Period, digest.Meeting.Offset)}."),
        };

        if (!digest.MeetsMinimum || digest.Figures is not { } figures)
        {
            body.Add(CardText.Paragraph(
                $"Fewer than {digest.MinimumContributors} members shared reflections for this meeting, so this digest shows no summary: " +
                "with so few, figures or questions could point to who wrote what."));
            return Card(digest, body);
        }

        var facts = new List<Fact>
        {
            new("Reflections shared", DigestText.Count(figures.Reflections, "reflection", "reflections")),
            new("Members who shared", DigestText.Count(figures.Contributors, "member", "members")),
        };
        if (figures.ContactRequests is { } contacts)
        {
            facts.Add(new("Asked for contact", DigestText.Count(contacts, "request", "requests")));
        }

        body.Add(new FactSet(facts) { Spacing = Spacing.Medium });

        if (chart is not null)
        {
            body.Add(new Image(chart.ToString())
            {
                AltText = "Trend of the group's median ratings over recent cycles: how held clients seemed, and the alliance overall.",
                Width = "400px",
                Spacing = Spacing.Medium,
            });
        }

        if (figures.Ratings.Length > 0)
        {
            body.Add(CardText.SectionHeading("Ratings (1 to 5, the therapists' own sense of the work)"));
            body.Add(new FactSet([.. figures.Ratings.Select(rating => new Fact(rating.Label, DigestText.Rating(rating)))]));
        }

        AddThemes(body, figures);

        if (digest.Questions.Length > 0)
        {
            body.Add(CardText.SectionHeading("Questions members chose to bring"));
            body.AddRange(digest.Questions.Select(question => new TextBlock("• " + question) { Spacing = Spacing.Small }));
            body.Add(CardText.Subtle(
                "Listed alphabetically and without names." +
                (digest.QuestionsNotShown > 0 ? $" {DigestText.Count(digest.QuestionsNotShown, "more question was", "more questions were")} brought; there is no room for them here." : string.Empty)));
        }

        if (digest.SharedWithSupervisors.Length > 0)
        {
            body.Add(CardText.SectionHeading("Shared with you alone"));
            foreach (var shared in digest.SharedWithSupervisors)
            {
                var items = new List<CardElement>
                {
                    new TextBlock($"{shared.CaseLabel ?? shared.FlowTitle} · {shared.FlowTitle} · {DigestText.Date(shared.ConfirmedAt)}") { Weight = TextWeight.Bolder },
                };
                foreach (var answer in shared.Answers)
                {
                    items.Add(new TextBlock(answer.Label) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small });
                    items.Add(new TextBlock(answer.Text) { Spacing = Spacing.None });
                }

                body.Add(new Container(items) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Small });
            }

            if (digest.SharedWithSupervisorsNotShown > 0)
            {
                body.Add(CardText.Subtle(
                    $"{DigestText.Count(digest.SharedWithSupervisorsNotShown, "more reflection was", "more reflections were")} shared with you; this message only has room for the newest."));
            }
        }

        if (digest.Prompts.Length > 0)
        {
            body.Add(CardText.SectionHeading("For your own reflection"));
            body.AddRange(digest.Prompts.Select(CardText.Paragraph));
        }

        return Card(digest, body);
    }

    internal static void AddThemes(List<CardElement> body, DigestFigures figures)
    {
        var themes = new List<Fact>();
        if (figures.Frame.Length > 0)
        {
            themes.Add(new("The frame", DigestText.Themes(figures.Frame)));
        }

        if (figures.Cues.Length > 0)
        {
            themes.Add(new("Noticed most in sessions", DigestText.Themes(figures.Cues)));
        }

        if (figures.Ruptures.Length > 0)
        {
            themes.Add(new("Ruptures", DigestText.Themes(figures.Ruptures)));
        }

        if (themes.Count > 0)
        {
            body.Add(CardText.SectionHeading("Themes"));
            body.Add(new FactSet(themes));
        }
    }

    private static AdaptiveCard Card(SupervisorDigest digest, List<CardElement> body) => new()
    {
        FallbackText = $"Your digest for {digest.GroupName}, before the meeting on {DigestText.Meeting(digest.Meeting)}.",
        Body = body,
        Teams = TeamsCardProperties.FullWidth,
    };
}
