using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Evaluation;

namespace SupervisionBot.Anonymisation.Cli;

/// <summary>
/// Times the anonymiser on 1,000 reflections of about 250 words built from the corpus, against a plain
/// email-only regex pass over the same texts (the issue's baseline) and a capitalised-word regex pass (what a
/// naive name redactor costs), so figures from a busy machine can still be compared.
/// </summary>
internal static partial class BenchmarkRunner
{
    private const int Reflections = 1000;
    private const int WordsPerReflection = 250;

    public static async Task<int> RunAsync(IReadOnlyList<CorpusDocument> documents, TextWriter stdout, CancellationToken ct)
    {
        var inputs = Build(documents);
        var anonymiser = new Anonymiser(new AnonymiserOptions { TimeBudget = TimeSpan.FromSeconds(30) });
        foreach (var (text, declared) in inputs.Take(50))
        {
            anonymiser.Anonymise(text, declared, ct);
        }

        var (times, total, allocated) = Measure(inputs, input => anonymiser.Anonymise(input.Text, input.Declared, ct).Text.Length);
        var (baseTimes, baseTotal, baseAllocated) = Measure(inputs, input => Email().Replace(input.Text, "[EMAIL]").Length);
        var (wordTimes, wordTotal, wordAllocated) = Measure(inputs, input => CapitalisedWord().Replace(input.Text, "[NAME]").Length);

        var inv = CultureInfo.InvariantCulture;
        var report = new StringBuilder();
        report.AppendLine(inv, $"{inputs.Count} reflections, {inputs.Average(i => i.Text.Split(' ').Length):0} words on average");
        report.AppendLine(inv, $"{"",-16} {"median",10} {"p99",10} {"total",11} {"allocated",12}");
        Row(report, "anonymiser", times, total, allocated);
        Row(report, "email regex", baseTimes, baseTotal, baseAllocated);
        Row(report, "capitals regex", wordTimes, wordTotal, wordAllocated);
        report.AppendLine(inv, $"anonymiser total / email regex total: {Ratio(total, baseTotal)}; / capitals regex total: {Ratio(total, wordTotal)}");
        await stdout.WriteAsync(report.ToString().AsMemory(), ct).ConfigureAwait(false);
        return 0;
    }

    /// <summary>Deterministically shuffles and joins corpus texts until each input has about 250 words.</summary>
    private static List<(string Text, DeclaredNames Declared)> Build(IReadOnlyList<CorpusDocument> documents)
    {
        if (documents.Count == 0)
        {
            throw new InvalidOperationException("The corpus is empty.");
        }

#pragma warning disable CA5394 // Not security: a fixed seed so every run benchmarks the same texts.
        var random = new Random(20241125);
        var inputs = new List<(string, DeclaredNames)>(Reflections);
        for (var r = 0; r < Reflections; r++)
        {
            var first = documents[random.Next(documents.Count)];
            var text = new StringBuilder(first.Text);
            var words = first.Text.Split(' ').Length;
            while (words < WordsPerReflection)
            {
                var next = documents[random.Next(documents.Count)].Text;
                text.Append("\n\n").Append(next);
                words += next.Split(' ').Length;
            }
#pragma warning restore CA5394

            inputs.Add((text.ToString(), first.Declared));
        }

        return inputs;
    }

    private static (List<TimeSpan> Times, TimeSpan Total, long Allocated) Measure(
        List<(string Text, DeclaredNames Declared)> inputs,
        Func<(string Text, DeclaredNames Declared), int> work)
    {
        var times = new List<TimeSpan>(inputs.Count);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        foreach (var input in inputs)
        {
            var before = Stopwatch.GetTimestamp();
            work(input);
            times.Add(Stopwatch.GetElapsedTime(before));
        }

        var total = Stopwatch.GetElapsedTime(started);
        return (times, total, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
    }

    private static TimeSpan Percentile(List<TimeSpan> times, double fraction)
    {
        var sorted = times.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
    }

    private static void Row(StringBuilder report, string name, List<TimeSpan> times, TimeSpan total, long allocated) =>
        report.AppendLine(
            CultureInfo.InvariantCulture,
            $"{name,-16} {Micro(Percentile(times, 0.5)),10} {Micro(Percentile(times, 0.99)),10} {total.TotalMilliseconds,8:0.0} ms {allocated / 1024.0 / 1024.0,9:0.0} MB");

    private static string Micro(TimeSpan time) => (time.TotalMilliseconds * 1000).ToString("0.0 'µs'", CultureInfo.InvariantCulture);

    private static string Ratio(TimeSpan a, TimeSpan b) =>
        (a.TotalMilliseconds / Math.Max(b.TotalMilliseconds, 0.001)).ToString("0.0'x'", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+\b", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWord();
}
