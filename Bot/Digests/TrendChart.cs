using System.Globalization;
using ScottPlot;
using SupervisionBot.Dialogs.Flows;
using SupervisionBot.Supervision.Digests;

namespace SupervisionBot.Bot.Digests;

/// <summary>
/// Draws the digest's trend chart with ScottPlot: the group's median "how held" and alliance
/// ratings over the last cycles, one point per digest that met the minimum. Small by design
/// (480 × 240, a few KB), so it can be inlined or hosted. Here, at the edge, because it needs
/// SkiaSharp's native library.
/// </summary>
internal static class TrendChart
{
    public const int Width = 480;
    public const int Height = 240;
    public const int MaxCycles = 8;

    private static readonly string Held = SessionReflectionFlow.Inputs.HowHeld.Value;

    /// <summary>The chart as PNG bytes, or null when fewer than two cycles have anything to draw.</summary>
    public static byte[]? DrawPng(IReadOnlyList<DigestBaseline> cyclesOldestFirst)
    {
        ArgumentNullException.ThrowIfNull(cyclesOldestFirst);
        var cycles = cyclesOldestFirst.TakeLast(MaxCycles).ToList();
        if (cycles.Count(cycle => cycle.Medians.ContainsKey(Held) || cycle.Medians.ContainsKey(DigestMeasures.AllianceOverall)) < 2)
        {
            return null;
        }

        using var plot = new Plot();
        AddSeries(plot, cycles, Held, "How held clients seemed", Colors.SteelBlue);
        AddSeries(plot, cycles, DigestMeasures.AllianceOverall, "The alliance overall", Colors.DarkOrange);

        plot.Axes.SetLimits(-0.3, cycles.Count - 0.7, 0.8, RatingSummary.ScaleTop + 0.2);
        plot.Axes.Bottom.SetTicks(
            [.. Enumerable.Range(0, cycles.Count).Select(index => (double)index)],
            [.. cycles.Select(cycle => cycle.Meeting.ToString("d MMM", CultureInfo.InvariantCulture))]);
        plot.Axes.Left.SetTicks([1, 2, 3, 4, 5], ["1", "2", "3", "4", "5"]);
        plot.Axes.Left.Label.Text = "Median (1 to 5)";
        plot.ShowLegend(Alignment.LowerLeft);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static void AddSeries(Plot plot, List<DigestBaseline> cycles, string id, string label, Color color)
    {
        var points = cycles
            .Select((cycle, index) => (Index: (double)index, Found: cycle.Medians.TryGetValue(id, out var median), Median: median))
            .Where(point => point.Found)
            .ToList();
        if (points.Count == 0)
        {
            return;
        }

        var scatter = plot.Add.Scatter(points.Select(point => point.Index).ToArray(), points.Select(point => point.Median).ToArray(), color);
        scatter.LegendText = label;
        scatter.LineWidth = 2;
        scatter.MarkerSize = 6;
    }
}
