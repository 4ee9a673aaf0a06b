using System.Collections.Immutable;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupervisionBot.Bot.Digests;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Supervision.Digests;
using Xunit.Abstractions;

namespace SupervisionBot.Bot.Tests.Bot.Digests;

/// <summary>
/// Every digest message the bot sends stays within Teams' 40 KB bot message limit (UTF-16, base64
/// images excluded) with margin, measured on the whole activity with its real trend chart.
/// </summary>
public sealed class DigestMessagesTests(ITestOutputHelper output)
{
    [Fact]
    public void LargestDigestMessage_WithAFullTrendChart_StaysWithinTheBudget()
    {
        var digest = DigestCardSamples.Largest().SupervisorDigest();
        var trend = Enumerable.Range(0, 12).Select(Baseline).Append(digest.Baseline!).ToList();

        var message = DigestMessages.Supervisor(digest, trend);
        var bytes = DigestMessages.CountedBytes(message);
        var chart = ChartUrl(message);
        output.WriteLine($"Largest digest message: {bytes:N0} bytes as UTF-16 (budget {DigestMessages.BudgetBytes:N0}); chart {chart.Length:N0} characters of base64, not counted.");

        Assert.StartsWith("data:image/png;base64,", chart, StringComparison.Ordinal);
        Assert.True(chart.Length < 48 * 1024, "The inline chart should stay small.");
        Assert.True(digest.MeetsMinimum && digest.Questions.Length == DigestComposer.MaxQuestions && digest.SharedWithSupervisors.Length == DigestComposer.MaxSharedShown);
        Assert.True(bytes <= DigestMessages.BudgetBytes, $"The largest digest message takes {bytes:N0} bytes; the budget is {DigestMessages.BudgetBytes:N0}.");
    }

    [Fact]
    public void LargestGroupSummaryMessage_StaysWithinTheBudget()
    {
        var bytes = DigestMessages.CountedBytes(DigestMessages.Group(DigestCardSamples.Largest().GroupSummary()));
        output.WriteLine($"Largest group summary message: {bytes:N0} bytes as UTF-16.");

        Assert.True(bytes <= DigestMessages.BudgetBytes, $"The largest group summary takes {bytes:N0} bytes.");
    }

    [Fact]
    public void CountedBytes_CountsEveryCharacterTwice_ButNotInlineImages()
    {
        var text = (Activity)MessageFactory.Text(new string('x', 21 * 1024));
        var image = DigestMessages.Supervisor(DigestCardSamples.Ordinary().SupervisorDigest(), [Baseline(0), Baseline(1)]);
        var withoutImage = DigestMessages.Supervisor(DigestCardSamples.Ordinary().SupervisorDigest(), []);

        Assert.True(DigestMessages.CountedBytes(text) > DigestMessages.TeamsLimitBytes);
        Assert.NotEmpty(ChartUrl(image));
        Assert.InRange(DigestMessages.CountedBytes(image) - DigestMessages.CountedBytes(withoutImage), 0, 1024);
    }

    private static DigestBaseline Baseline(int cycle) => new(
        new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero).AddDays(7 * cycle),
        DigestMeasures.Ratings.Select(item => item.Id).Append(DigestMeasures.AllianceOverall)
            .ToImmutableSortedDictionary(id => id, _ => 1 + (cycle % 5), StringComparer.Ordinal)
            .ToImmutableSortedDictionary(pair => pair.Key, pair => (double)pair.Value, StringComparer.Ordinal));

    private static string ChartUrl(Activity message) =>
        Newtonsoft.Json.Linq.JToken.FromObject(message.Attachments[0].Content)
            .SelectTokens("$..url").Select(token => (string?)token).FirstOrDefault(url => url?.StartsWith("data:", StringComparison.Ordinal) == true) ?? string.Empty;
}
