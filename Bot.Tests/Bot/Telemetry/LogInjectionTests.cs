using System.Text.Json.Nodes;
using SupervisionBot.Bot.Telemetry;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Bot.Telemetry;

/// <summary>
/// Client-supplied ids reach the logs only through <see cref="LogSafe"/>: hostile ids sent
/// through the real host leave no control, bidi or markup characters in any log line.
/// </summary>
public class LogInjectionTests
{
    // Keyed by name: xunit would turn a lone surrogate in theory data into U+FFFD.
    private static readonly Dictionary<string, string> Hostile = new()
    {
        ["markup"] = "<script>alert(1)</script>",
        ["rtl override"] = "abc\u202Eexe.txt",
        ["nul"] = "nul\0byte",
        ["esc"] = "esc\u001B[31mred\u001B[0m",
        ["new line"] = "line\r\nINFO forged: entry",
        ["lone surrogate"] = "lone\uD800surrogate",
        ["bidi isolate"] = "isolate\u2066x\u2069",
        ["very long"] = new string('A', 20_000),
    };

    public static TheoryData<string> HostileIds() => [.. Hostile.Keys];

    [Theory]
    [MemberData(nameof(HostileIds))]
    public async Task HostileIds_InAFailingTurn_LeaveEveryLogLineClean(string kind)
    {
        var hostile = Hostile[kind];
        await using var host = await BotTestHost.StartAsync();
        // A serviceUrl where nothing listens makes the reply fail, so the turn's error is logged with the ids.
        var activity = TeamsActivities.Message(new Uri($"http://127.0.0.1:{FreePort.Next()}/"), "help");
        activity["id"] = hostile;
        activity["replyToId"] = hostile;
        activity["channelId"] = hostile;

        await host.PostAsync(activity);

        AssertClean(host.Factory.Logs, hostile);
    }

    [Theory]
    [MemberData(nameof(HostileIds))]
    public async Task HostileValues_InAnUnparseableActivity_AreNotEchoedInTheLogs(string kind)
    {
        var hostile = Hostile[kind];
        await using var host = await BotTestHost.StartAsync();
        var activity = TeamsActivities.Message(host.ServiceUrl, "help");
        activity["timestamp"] = hostile; // not a date: the SDK's parser fails on it
        activity["id"] = hostile;

        await host.PostAsync(activity);

        AssertClean(host.Factory.Logs, hostile);
    }

    [Theory]
    [InlineData("abc-123:xyz", "abc-123:xyz")]
    [InlineData("<b>", "\\u003Cb\\u003E")]
    [InlineData("a\u202Eb", "a\\u202Eb")]
    [InlineData("a\0b\u001Bc", "a\\u0000b\\u001Bc")]
    [InlineData(null, "(none)")]
    public void Id_EscapesEverythingButPlainIdCharacters(string? value, string expected) =>
        Assert.Equal(expected, LogSafe.Id(value));

    [Fact]
    public void Id_TruncatesLongValues_NotingHowMuchWasCut()
    {
        var logged = LogSafe.Id(new string('x', 1000));

        Assert.Equal(new string('x', LogSafe.MaxLength) + $"…(+{1000 - LogSafe.MaxLength} chars)", logged);
    }

    private static void AssertClean(CapturedLogs logs, string hostile)
    {
        Assert.NotEmpty(logs.Entries);
        foreach (var entry in logs.Entries)
        {
            var lines = new[] { entry.Message, entry.Exception?.Message ?? string.Empty };
            foreach (var line in lines)
            {
                var where = $"{entry.Level} {entry.Category}";
                Assert.False(line.Any(c => char.IsControl(c) || IsBidi(c) || char.IsSurrogate(c)), $"A control, bidi or surrogate character in a log line from {where}");
                Assert.False(line.Contains("<script", StringComparison.OrdinalIgnoreCase), $"Markup in a log line from {where}");
                Assert.False(line.Contains(hostile, StringComparison.Ordinal), $"The raw value in a log line from {where}: {LogSafe.Line(line)}");
                Assert.True(line.Length < 4_000, $"A {line.Length}-character log line from {entry.Category}");
            }
        }
    }

    private static bool IsBidi(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
