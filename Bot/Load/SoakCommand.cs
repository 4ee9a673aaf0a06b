using System.Diagnostics;
using System.Globalization;
using CsCheck;
using SupervisionBot.Bot.Operations;

namespace SupervisionBot.Bot.Load;

/// <summary>
/// <c>soak</c>: the fuzz command's mix (valid turns, hostile activities, bodies past the cap,
/// whole check-ins) sent on two threads for a while, printing the process's RSS and managed heap
/// at intervals, so memory can be seen to stay level under load. Exit code 1 on any 5xx other
/// than 501 for an unknown invoke, or a check-in not stored exactly once.
/// </summary>
internal static class SoakCommand
{
    public const string Name = "soak";

    private const string Usage =
        "Usage: soak [--minutes M] [--interval-seconds S]\n" +
        "  --minutes           how long to send load (default 30; fractions allowed)\n" +
        "  --interval-seconds  how often to print memory (default 60)";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (!TryParse(args, out var duration, out var interval, out var notUnderstood))
        {
            await stderr.WriteLineAsync($"{notUnderstood}\n{Usage}".AsMemory(), cancellationToken).ConfigureAwait(false);
            return 2;
        }

        await using var host = await LoadHost.StartAsync(cancellationToken).ConfigureAwait(false);
        var report = new FuzzReport();
        var inv = CultureInfo.InvariantCulture;
        await stdout.WriteLineAsync(string.Create(inv, $"Soak: mixed load for {duration.TotalMinutes:F1} min, memory every {interval.TotalSeconds:F0} s").AsMemory(), cancellationToken).ConfigureAwait(false);
        await stdout.WriteLineAsync(string.Create(inv, $"{"elapsed",8} {"activities",11} {"RSS MB",8} {"peak MB",8} {"heap MB",8} {"heap after GC MB",17}").AsMemory(), cancellationToken).ConfigureAwait(false);

        var started = Stopwatch.GetTimestamp();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var printing = PrintAsync(stdout, report, started, interval, stop.Token);
        await TeamsActivityGen.Case(host.Target.ServiceUrl, host.Target.Unreachable)
            .SampleAsync((Func<FuzzCase, Task>)(c => FuzzRunner.RunAsync(c, host.Target, report, cancellationToken)), print: FuzzRunner.Describe, time: (int)Math.Ceiling(duration.TotalSeconds), threads: 2)
            .ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        await printing.ConfigureAwait(false);
        await PrintLineAsync(stdout, report, started, cancellationToken).ConfigureAwait(false);

        var healthy = await FuzzCommand.HealthyAsync(host.Target.Bot, cancellationToken).ConfigureAwait(false);
        await stdout.WriteLineAsync($"By status: {report.StatusLine()}".AsMemory(), cancellationToken).ConfigureAwait(false);
        await stdout.WriteLineAsync(string.Create(inv, $"Server errors: {report.ServerErrors.Count:N0}; check-ins {report.Confirmed:N0} confirmed, {report.StoredOnce:N0} stored exactly once, {report.StoredOtherwise:N0} otherwise; /healthz {(healthy ? "healthy" : "NOT healthy")}; connector stand-in holds {host.Conversations:N0} cards").AsMemory(), cancellationToken).ConfigureAwait(false);
        await stdout.WriteLineAsync(string.Create(inv, $"Exports: {report.Exported:N0} downloaded once and refused the second time, {report.ExportsOtherwise:N0} otherwise").AsMemory(), cancellationToken).ConfigureAwait(false);
        foreach (var error in report.ServerErrors.Take(10))
        {
            await stdout.WriteLineAsync($"  {error}".AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        return report.ServerErrors.IsEmpty && report.StoredOtherwise == 0 && report.ExportsOtherwise == 0 && healthy ? 0 : 1;
    }

    private static async Task PrintAsync(TextWriter stdout, FuzzReport report, long started, TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                await PrintLineAsync(stdout, report, started, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The load has finished.
        }
    }

    private static async Task PrintLineAsync(TextWriter stdout, FuzzReport report, long started, CancellationToken cancellationToken)
    {
        var memory = ProcessMemory.Now();

        // The heap as the collector leaves it: what is really retained, not garbage awaiting collection.
        var retained = GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0;
        var elapsed = Stopwatch.GetElapsedTime(started);
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{elapsed:hh\\:mm\\:ss} {report.Activities,11:N0} {memory.RssMb,8:F1} {memory.PeakRssMb,8:F1} {memory.HeapMb,8:F1} {retained,17:F1}").AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    private static bool TryParse(IReadOnlyList<string> args, out TimeSpan duration, out TimeSpan interval, out string error)
    {
        var arguments = CommandArguments.Parse(args, ["--minutes", "--interval-seconds"]);
        duration = TimeSpan.FromMinutes(arguments.Amount("--minutes", 30, min: 0.01));
        interval = TimeSpan.FromSeconds(arguments.Amount("--interval-seconds", 60, min: 1));
        error = arguments.Error ?? string.Empty;
        return arguments.Error is null;
    }
}
