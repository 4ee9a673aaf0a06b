using System.Text.RegularExpressions;
using SupervisionBot.Bot.Benchmark;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Bot.Benchmark;

/// <summary>CI only checks that the turn benchmark runs to the end and reports; the figures come from running it by hand.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class TurnBenchmarkCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Run_SmallCount_ReportsEveryKindBesideTheEchoBot_StoreCalls_AndTheLoadRun()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await TurnBenchmarkCommand.RunAsync(
            ["--count", "5", "--connection-string", azurite.ConnectionString, "--load", "--users", "3", "--seconds", "2", "--proactive", "12"],
            stdout,
            stderr,
            CancellationToken.None);

        var output = stdout.ToString();
        Assert.True(exit == 0, output + stderr);
        foreach (var kind in new[] { "echo bot (SDK)", "help", "help, someone known", "help (blob storage)", "help, someone known (blob)", "reflect, one already open", "card action (next card)", "card action (blob storage)", "confirm (local folder)", "confirm (blob storage)", "proactive send" })
        {
            Assert.Matches(FiguresRow(kind), output);
        }

        Assert.Matches(@"(?m)^echo bot \(SDK\)\s+[\d.,]+ \(1\.00x\)", output);
        // Each measured help comes from someone new, whose 1:1 address is stored once (a read and a
        // write); a returning person's turn reads once. Confirm also reads the person's groups.
        Assert.Matches(StoreRow("help", "2.00", "1.00", "0.00", "0.00"), output);
        Assert.Matches(StoreRow("help, someone known", "1.00", "0.00", "0.00", "0.00"), output);
        Assert.Matches(StoreRow("help (blob storage)", "2.00", "1.00", "0.00", "0.00"), output);
        Assert.Matches(StoreRow("help, someone known (blob)", "1.00", "0.00", "0.00", "0.00"), output);
        Assert.Matches(StoreRow("reflect, one already open", "1.00", "0.00", "0.00", "0.00"), output);
        Assert.Matches(StoreRow("confirm (blob storage)", "2.00", "1.00", "1.00", "1.00"), output);
        Assert.Matches(StoreRow("proactive send", "0.00", "0.00", "0.00", "0.00"), output);
        Assert.Matches(@"(?m)^alone\s+\d+\s+\d+\s+[\d.]+\s+[\d.]+\s+0\s+0\s+\d+\s+\d+\s+0\s+0$", output);
        Assert.Matches(@"(?m)^with 12 proactive\s+\d+\s+\d+\s+[\d.]+\s+[\d.]+\s+0\s+0\s+\d+\s+\d+\s+0\s+0$", output);
        Assert.Contains("proactive: 12 sent, 12 arrived once, 0 more than once, 0 missing", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^JIT in the measured turns\s+ms/turn\s+methods$", output);
        Assert.Matches(@"(?m)^CPU ratio in each pass\s+pass 1\s+pass 2\s+pass 3$", output);
        Assert.Matches(@"(?m)^help\s+(?:[\d.]+x\s*){3}$", output);
        Assert.Matches(@"(?m)^card action \(next card\)\s+[\d.]+\s+[\d,]+$", output);
        Assert.DoesNotContain("FAILED", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Only_MeasuresTheEchoBotAndTheKindsNamed_WithTheirAllocations()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await TurnBenchmarkCommand.RunAsync(["--count", "5", "--only", "card", "--allocations"], stdout, stderr, CancellationToken.None);

        var output = stdout.ToString();
        Assert.True(exit == 0, output + stderr);
        Assert.Matches(FiguresRow("echo bot (SDK)"), output);
        Assert.Matches(FiguresRow("card action (next card)"), output);
        Assert.DoesNotMatch(FiguresRow("help"), output);
        Assert.DoesNotContain("confirm (", output, StringComparison.Ordinal);
        Assert.Contains("card action (next card): sampled allocations by type", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--count", "none")]
    [InlineData("--count", "0")]
    [InlineData("--passes", "0")]
    [InlineData("--users")]
    [InlineData("--azurite", "--connection-string", "UseDevelopmentStorage=true")]
    [InlineData("--loud")]
    [InlineData("--only", "card,everything")]
    public async Task Run_BadArguments_ExplainsUsage_AndRunsNothing(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await TurnBenchmarkCommand.RunAsync(args, stdout, stderr, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("Usage: bench", stderr.ToString(), StringComparison.Ordinal);
        Assert.Empty(stdout.ToString());
    }

    private static Regex FiguresRow(string kind) =>
        new($@"(?m)^{Regex.Escape(kind)}\s+(?:[\d.,]+ \([\d.]+x\)\s+){{4}}[\d.,]+ \([\d.]+x\)$");

    private static Regex StoreRow(string kind, string reads, string writes, string deletes, string archived) =>
        new($@"(?m)^{Regex.Escape(kind)}\s+{Regex.Escape(reads)}\s+{Regex.Escape(writes)}\s+{Regex.Escape(deletes)}\s+{Regex.Escape(archived)}$");
}
