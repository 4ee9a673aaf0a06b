using System.Globalization;
using System.Text.Json.Nodes;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Digests;
using SupervisionBot.Cards.Model;
using SupervisionBot.Cards.Serialization;
using SupervisionBot.Supervision.Digests;
using Xunit.Abstractions;

namespace SupervisionBot.Bot.Tests.Cards.Digests;

public class DigestCardTests
{
    /// <summary>Teams' documented bot message limit, counted as UTF-16 and excluding base64 images.</summary>
    private const int TeamsLimitBytes = 40 * 1024;

    /// <summary>Room left for the activity around the card (ids, addresses, the attachment envelope).</summary>
    private const int MarginBytes = 4 * 1024;

    private readonly ITestOutputHelper _output;

    public DigestCardTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void LargestDigest_StaysWithinTheTeamsMessageBudget_WithMargin()
    {
        var digest = DigestCardSamples.Largest().SupervisorDigest();
        var chart = new Uri("data:image/png;base64," + Convert.ToBase64String(new byte[24 * 1024]));

        var bytes = MessageBytes(DigestCard.Create(digest, chart));
        _output.WriteLine($"Largest digest: {bytes:N0} bytes as UTF-16 (budget {TeamsLimitBytes - MarginBytes:N0}).");

        Assert.True(digest.MeetsMinimum);
        Assert.Equal(DigestComposer.MaxQuestions, digest.Questions.Length);
        Assert.Equal(DigestComposer.MaxSharedShown, digest.SharedWithSupervisors.Length);
        Assert.All(digest.SharedWithSupervisors, shared => Assert.Equal(DigestComposer.MaxAnswersPerShared, shared.Answers.Length));
        Assert.True(bytes <= TeamsLimitBytes - MarginBytes, $"The largest digest takes {bytes:N0} bytes as UTF-16; the budget is {TeamsLimitBytes - MarginBytes:N0}.");
    }

    [Fact]
    public void LargestGroupSummary_StaysWithinTheTeamsMessageBudget_WithMargin()
    {
        var bytes = MessageBytes(GroupSummaryCard.Create(DigestCardSamples.Largest().GroupSummary()));

        Assert.True(bytes <= TeamsLimitBytes - MarginBytes, $"The largest group summary takes {bytes:N0} bytes as UTF-16.");
    }

    [Fact]
    public void MessageBytes_CountsTextButNotInlineImages()
    {
        // Proves the budget test can fail: a card with one very long text is over, an inline image of the same size is not.
        var longText = new AdaptiveCard { Body = [new TextBlock(new string('x', 21 * 1024))] };
        var bigImage = new AdaptiveCard { Body = [new Image("data:image/png;base64," + new string('A', 100 * 1024)) { AltText = "chart" }] };

        Assert.True(MessageBytes(longText) > TeamsLimitBytes);
        Assert.True(MessageBytes(bigImage) < 1024);
    }

    [Theory]
    [InlineData("2027-03-15T09:00:00Z", "2027-03-28T08:00:00Z", "Reflections confirmed 15 March to 28 March.")]
    [InlineData("2027-03-28T07:00:00Z", "2027-03-28T08:00:00Z", "Reflections confirmed on 28 March.")]
    [InlineData("1970-01-01T00:00:00Z", "2027-03-28T08:00:00Z", "Reflections confirmed up to 28 March.")]
    [InlineData("2027-03-15T09:00:00Z", "2027-03-28T23:30:00Z", "Reflections confirmed 15 March to 29 March.")]
    public void TheCoveredPeriod_IsSaidInTheGroupsOwnDates(string from, string to, string expected)
    {
        var digest = DigestCardSamples.Ordinary().SupervisorDigest() with
        {
            Period = new DigestPeriod(DateTimeOffset.Parse(from, CultureInfo.InvariantCulture), DateTimeOffset.Parse(to, CultureInfo.InvariantCulture)),
        };

        Assert.Contains(expected, AllText(DigestCard.Create(digest)), StringComparison.Ordinal);
    }

    [Fact]
    public void BelowMinimum_TheCardSaysOnlyThat()
    {
        var composer = DigestCardSamples.BelowMinimum();

        var text = AllText(DigestCard.Create(composer.SupervisorDigest()));

        Assert.Contains("Fewer than 3 members shared", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Questions", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Shared with you", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ratings", text, StringComparison.Ordinal);
        Assert.DoesNotContain("rupture", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void GroupSummary_HasNoContactRequestsNorSupervisorOnlyAnswers()
    {
        var composer = DigestCardSamples.Ordinary();

        var text = AllText(GroupSummaryCard.Create(composer.GroupSummary()));
        var digestText = AllText(DigestCard.Create(composer.SupervisorDigest()));

        Assert.Contains("Asked for contact", digestText, StringComparison.Ordinal);
        Assert.Contains("Shared with you alone", digestText, StringComparison.Ordinal);
        Assert.DoesNotContain("contact", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alone", text, StringComparison.Ordinal);
        Assert.Contains("Questions brought to the group", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Digest_WithAChart_ShowsItWithAltText_AndWithoutOne_SaysNothingAboutIt()
    {
        var digest = DigestCardSamples.Ordinary().SupervisorDigest();

        var withChart = DigestCard.Create(digest, new Uri("https://bot.example/charts/abc.png"));
        var withoutChart = DigestCard.Create(digest);

        var image = Assert.Single(withChart.Body.OfType<Image>());
        Assert.Equal("https://bot.example/charts/abc.png", image.Url);
        Assert.False(string.IsNullOrWhiteSpace(image.AltText));
        Assert.Empty(withoutChart.Body.OfType<Image>());
        Assert.DoesNotContain("chart", AllText(withoutChart), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The card's size as Teams counts it: the JSON the bot sends (Bot Framework writes attachments
    /// with Newtonsoft, which does not escape accents), as UTF-16, less any base64 image data.
    /// </summary>
    internal static int MessageBytes(AdaptiveCard card)
    {
        var wire = JObject.Parse(CardSerializer.Serialize(card)).ToString(Formatting.None);
        var images = JsonNode.Parse(wire)!.AsObject()
            .DescendantsAndSelf()
            .Where(node => node is JsonValue value && value.TryGetValue<string>(out var text) && text.StartsWith("data:image/", StringComparison.Ordinal))
            .Sum(node => node!.GetValue<string>().Length);
        return (wire.Length - images) * sizeof(char);
    }

    private static string AllText(AdaptiveCard card) => CardSerializer.Serialize(card);
}
