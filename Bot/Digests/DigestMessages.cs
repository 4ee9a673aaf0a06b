using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupervisionBot.Bot.Teams;
using SupervisionBot.Cards.Digests;
using SupervisionBot.Cards.Model;
using SupervisionBot.Supervision.Digests;

namespace SupervisionBot.Bot.Digests;

/// <summary>
/// Digests as the messages the bot sends: the digest card with its trend chart inlined as a small
/// PNG (a few KB; Teams leaves base64 images out of its size limit), and the group summary.
/// </summary>
internal static class DigestMessages
{
    /// <summary>Teams' documented bot message limit, counted as UTF-16, base64 images excluded.</summary>
    public const int TeamsLimitBytes = 40 * 1024;

    /// <summary>What a digest message may take, leaving room for what the connector adds (ids, addresses).</summary>
    public const int BudgetBytes = TeamsLimitBytes - (4 * 1024);

    public static Activity Supervisor(SupervisorDigest digest, IReadOnlyList<DigestBaseline> trend) =>
        (Activity)CardReplies.ToMessage(SupervisorCard(digest, trend));

    /// <summary>The digest card, with the trend chart when there are at least two cycles to draw.</summary>
    public static AdaptiveCard SupervisorCard(SupervisorDigest digest, IReadOnlyList<DigestBaseline> trend)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var png = digest.MeetsMinimum ? TrendChart.DrawPng(trend) : null;
        var chart = png is null ? null : new Uri("data:image/png;base64," + Convert.ToBase64String(png));
        return DigestCard.Create(digest, chart);
    }

    public static Activity Group(GroupSummary summary) => (Activity)CardReplies.ToMessage(GroupSummaryCard.Create(summary));

    /// <summary>
    /// The message's size as Teams counts it: the activity as the connector client writes it
    /// (Newtonsoft), as UTF-16, less base64 image data.
    /// </summary>
    public static int CountedBytes(Activity activity)
    {
        var wire = JsonConvert.SerializeObject(activity, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });
        var images = JObject.Parse(wire)
            .Descendants()
            .OfType<JValue>()
            .Select(value => value.Type == JTokenType.String ? (string?)value.Value : null)
            .Where(text => text is not null && text.StartsWith("data:image/", StringComparison.Ordinal))
            .Sum(text => text!.Length);
        return (wire.Length - images) * sizeof(char);
    }
}
