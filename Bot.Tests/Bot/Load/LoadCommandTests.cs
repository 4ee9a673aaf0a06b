using SupervisionBot.Bot.Load;

namespace SupervisionBot.Bot.Tests.Bot.Load;

/// <summary>
/// The documented fuzz and soak commands work end to end (the real bot on Kestrel, a connector
/// stand-in): CI runs them for a few seconds; the real runs and their figures are in the README.
/// </summary>
public class LoadCommandTests
{
    [Fact]
    public async Task Fuzz_ShortRun_PrintsCountsByStatusAndPeakRss_AndSucceeds()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await FuzzCommand.RunAsync(["--count", "60", "--seed", "dxyLO6D2sLd4"], stdout, stderr, default);

        var output = stdout.ToString();
        Assert.True(exit == 0, output + stderr);
        Assert.Contains("By status: ", output, StringComparison.Ordinal);
        Assert.Contains("Server errors (5xx other than 501 for an unknown invoke): 0", output, StringComparison.Ordinal);
        Assert.Contains("/healthz afterwards: healthy", output, StringComparison.Ordinal);
        Assert.Matches(@"Exports: [\d,]+ downloaded once and refused the second time, 0 otherwise", output);
        Assert.Matches(@"RSS +\d+\.\d MB \(peak +\d+\.\d MB\)", output);
    }

    [Fact]
    public async Task Soak_ForAFewSeconds_PrintsMemoryAtIntervals_AndSucceeds()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await SoakCommand.RunAsync(["--minutes", "0.08", "--interval-seconds", "1"], stdout, stderr, default);

        var output = stdout.ToString();
        Assert.True(exit == 0, output + stderr);
        var samples = output.Split('\n').Count(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^\d\d:\d\d:\d\d +[\d,]+ +\d+\.\d +\d+\.\d +\d+\.\d +\d+\.\d"));
        Assert.True(samples >= 3, output);
        Assert.Contains("Server errors: 0", output, StringComparison.Ordinal);
        Assert.Matches(@"Exports: [\d,]+ downloaded once and refused the second time, 0 otherwise", output);
    }

    [Theory]
    [InlineData("--count must be a whole number above 0.", "--count", "0")]
    [InlineData("--count must be a whole number above 0.", "--count", "many")]
    [InlineData("--threads must be a whole number from 1 to 64.", "--threads", "65")]
    [InlineData("Not understood: --unknown", "--unknown")]
    public async Task Fuzz_BadArguments_SayWhatWasNotUnderstood_PrintUsageAndReturn2(string reason, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        Assert.Equal(2, await FuzzCommand.RunAsync(args, stdout, stderr, default));
        Assert.StartsWith($"{reason}\nUsage: fuzz", stderr.ToString(), StringComparison.Ordinal);
        Assert.Empty(stdout.ToString());
    }
}
