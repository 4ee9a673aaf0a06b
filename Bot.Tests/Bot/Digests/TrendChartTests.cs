using System.Collections.Immutable;
using SupervisionBot.Bot.Digests;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Dialogs.Flows;
using SupervisionBot.Supervision.Digests;

namespace SupervisionBot.Bot.Tests.Bot.Digests;

public class TrendChartTests
{
    private static readonly DateTimeOffset FirstMeeting = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

    private static List<DigestBaseline> Cycles(int count, double shift = 0) =>
        [.. Enumerable.Range(0, count).Select(cycle => new DigestBaseline(
            FirstMeeting.AddDays(14 * cycle),
            new Dictionary<string, double>
            {
                [SessionReflectionFlow.Inputs.HowHeld.Value] = 2 + ((cycle % 3) * 0.5) + shift,
                [DigestMeasures.AllianceOverall] = 3 + ((cycle % 2) * 0.5),
            }.ToImmutableSortedDictionary(StringComparer.Ordinal)))];

    [Fact]
    public void DrawPng_EightCycles_IsASmallPngOfTheAdvertisedSize()
    {
        var png = TrendChart.DrawPng(Cycles(12));

        Assert.NotNull(png);
        var image = PngImage.Read(png);
        Assert.Equal((TrendChart.Width, TrendChart.Height), (image.Width, image.Height));
        Assert.True(png.Length < 32 * 1024, $"The chart is {png.Length:N0} bytes.");

        File.WriteAllBytes(RepositoryRoot.Artifacts("charts", "trend.png"), png);
    }

    [Fact]
    public void DrawPng_DrawsTheData_DifferentFiguresGiveADifferentPicture()
    {
        var one = TrendChart.DrawPng(Cycles(4));
        var other = TrendChart.DrawPng(Cycles(4, shift: 1.5));

        Assert.NotNull(one);
        Assert.NotNull(other);
        Assert.NotEqual(PngImage.Read(one).Rgba, PngImage.Read(other).Rgba);
    }

    [Fact]
    public void DrawPng_FewerThanTwoCycles_DrawsNothing()
    {
        Assert.Null(TrendChart.DrawPng(Cycles(1)));
        Assert.Null(TrendChart.DrawPng([]));
        Assert.Null(TrendChart.DrawPng([DigestBaseline.Empty(FirstMeeting), DigestBaseline.Empty(FirstMeeting.AddDays(14))]));
    }
}
