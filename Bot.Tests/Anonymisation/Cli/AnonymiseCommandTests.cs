using System.Text.Json;
using SupervisionBot.Anonymisation.Cli;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Anonymisation.Cli;

public class AnonymiseCommandTests
{
    [Fact]
    public async Task Jsonl_ValidLine_WritesAnonymisedTextAndSpans()
    {
        const string input = """{"id": "r1", "text": "Sam rang 07700 900418.", "declared": {"client": "Samantha Okafor", "aliases": ["Sam"]}}""";
        var (exit, stdout, stderr) = await RunAsync(["--jsonl"], input);

        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        using var json = JsonDocument.Parse(stdout.Trim());
        var root = json.RootElement;
        Assert.Equal("r1", root.GetProperty("id").GetString());
        Assert.Equal("[CLIENT] rang [PHONE].", root.GetProperty("text").GetString());
        var spans = root.GetProperty("spans").EnumerateArray().ToList();
        Assert.Equal(2, spans.Count);
        Assert.Equal(0, spans[0].GetProperty("start").GetInt32());
        Assert.Equal(3, spans[0].GetProperty("end").GetInt32());
        Assert.Equal("CLIENT", spans[0].GetProperty("type").GetString());
        Assert.Equal("PHONE", spans[1].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Jsonl_BadLine_WritesErrorAndCarriesOn()
    {
        var input = string.Join('\n',
            """{"id": "a", "text": "Tom said hi."}""",
            """{"id": "b", "text": """,
            """{"id": "c"}""",
            """{"id": "d", "text": "Fine."}""");

        var (exit, stdout, stderr) = await RunAsync(["--jsonl"], input);

        Assert.Equal(1, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        using (var bad = JsonDocument.Parse(lines[2]))
        {
            Assert.Equal("c", bad.RootElement.GetProperty("id").GetString());
            Assert.True(bad.RootElement.TryGetProperty("error", out _));
        }

        Assert.Contains("error", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"Fine.\"", lines[3], StringComparison.Ordinal);
        Assert.Contains("line 2", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Tom", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_DevSplit_PrintsScoresPerType()
    {
        var (exit, stdout, _) = await RunAsync(["--evaluate", TestCorpus.Folder, "--split", "dev"], "");

        Assert.Equal(0, exit);
        Assert.Contains("CLIENT", stdout, StringComparison.Ordinal);
        Assert.Contains("DIRECT", stdout, StringComparison.Ordinal);
        Assert.Contains("leaks", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_MissingFolder_FailsWithMessage()
    {
        var (exit, _, stderr) = await RunAsync(["--evaluate", Path.Combine(Path.GetTempPath(), "no-such-corpus"), "--split", "dev"], "");

        Assert.Equal(2, exit);
        Assert.Contains("No corpus split", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Benchmark_Corpus_PrintsTimesAgainstBaselines()
    {
        var (exit, stdout, _) = await RunAsync(["--benchmark", TestCorpus.Folder], "");

        Assert.Equal(0, exit);
        Assert.Contains("1000 reflections", stdout, StringComparison.Ordinal);
        Assert.Contains("email regex", stdout, StringComparison.Ordinal);
        Assert.Contains("p99", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownMode_PrintsUsage()
    {
        var (exit, _, stderr) = await RunAsync(["--nonsense"], "");

        Assert.Equal(2, exit);
        Assert.Contains("usage", stderr, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string[] args, string stdin)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await AnonymiseCommand.RunAsync(args, input, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
