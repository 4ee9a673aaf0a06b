using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Evaluation;

namespace SupervisionBot.Anonymisation.Cli;

/// <summary>
/// Times the anonymiser on 1,000 reflections of about 250 words built from the corpus, against a plain
/// email-only regex pass over the same texts, so figures from a busy machine can still be compared.
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

        var inv = CultureInfo.InvariantCulture;
        var report = new StringBuilder();
        report.AppendLine(inv, $"{inputs.Count} reflections, {inputs.Average(i => i.Text.Split(' ').Length):0} words on average");
        report.AppendLine(inv, $"{"",-12} {"median",10} {"p99",10} {"total",10} {"allocated",12}");
        report.AppendLine(inv, $"{"anonymiser",-12} {Ms(Percentile(times, 0.5)),10} {Ms(Percentile(times, 0.99)),10} {Ms(total),10} {allocated / 1024.0 / 1024.0,9:0.0} MB");
        report.AppendLine(inv, $"{"email regex",-12} {Ms(Percentile(baseTimes, 0.5)),10} {Ms(Percentile(baseTimes, 0.99)),10} {Ms(baseTotal),10} {baseAllocated / 1024.0 / 1024.0,9:0.0} MB");
        report.AppendLine(inv, $"anonymiser / email regex, total time: {total.TotalMilliseconds / Math.Max(baseTotal.TotalMilliseconds, 0.001):0.0}x");
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

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0.000 'ms'", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
