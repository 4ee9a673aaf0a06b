using System.Text.RegularExpressions;
using SupervisionBot.Bot.Digests.Benchmark;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Bot.Digests;

/// <summary>CI only checks that the benchmark runs and reports, on a small count; the figures come from running it by hand.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed partial class DigestBenchmarkCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Run_SmallCount_ReportsEveryStoreAndMode_AndComposesEveryReflection()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await DigestBenchmarkCommand.RunAsync(
            ["--count", "60", "--runs", "1", "--connection-string", azurite.ConnectionString], stdout, stderr, CancellationToken.None);

        var output = stdout.ToString();
        Assert.True(exit == 0, stderr.ToString());
        foreach (var store in new[] { "local folder", "blob" })
        {
            foreach (var mode in new[] { "streaming", "load-all" })
            {
                Assert.Matches(Row(store, mode), output);
            }

            Assert.Contains($"{store,-13} check: 60 reflections from 25 members composed; minimum met: True", output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--count", "none")]
    [InlineData("--count", "0")]
    [InlineData("--runs")]
    [InlineData("--azurite", "--connection-string", "UseDevelopmentStorage=true")]
    [InlineData("--loud")]
    public async Task Run_BadArguments_ExplainsUsage_AndStoresNothing(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await DigestBenchmarkCommand.RunAsync(args, stdout, stderr, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("Usage: digest-benchmark", stderr.ToString(), StringComparison.Ordinal);
        Assert.Empty(stdout.ToString());
    }

    private static Regex Row(string store, string mode) =>
        new($@"(?m)^{Regex.Escape(store)}\s+{Regex.Escape(mode)}\s+[\d,]+\s+[\d,]+\s+[\d.,]+\s+[\d.,]+$");
}
