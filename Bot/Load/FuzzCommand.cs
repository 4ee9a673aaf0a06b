using System.Diagnostics;
using System.Globalization;
using CsCheck;
using SupervisionBot.Bot.Operations;

namespace SupervisionBot.Bot.Load;

/// <summary>
/// <c>fuzz</c>: starts the real bot (Development, a temporary local folder) and a connector
/// stand-in in this process, sends generated activities (<see cref="TeamsActivityGen"/>) one at a
/// time, and prints the responses by status, the check-ins stored exactly once, whether
/// <c>/healthz</c> still answers, and the peak RSS. Exit code 1 if any response was a 5xx other
/// than 501 for an unknown invoke, a confirmed check-in was not stored exactly once, or the
/// health probe failed.
/// </summary>
internal static class FuzzCommand
{
    public const string Name = "fuzz";

    private const string Usage =
        "Usage: fuzz [--count N] [--threads N] [--seed S]\n" +
        "  --count    generated cases to send (default 2000); a check-in case sends several activities\n" +
        "  --threads  cases sent at once (default 1); each case has its own user, so they do not interfere\n" +
        "  --seed     a CsCheck seed, as printed by a failing run, to repeat it";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (!TryParse(args, out var count, out var threads, out var seed, out var notUnderstood))
        {
            await stderr.WriteLineAsync($"{notUnderstood}\n{Usage}".AsMemory(), cancellationToken).ConfigureAwait(false);
            return 2;
        }

        await using var host = await LoadHost.StartAsync(cancellationToken).ConfigureAwait(false);
        var report = new FuzzReport();
        var started = Stopwatch.GetTimestamp();
        await TeamsActivityGen.Case(host.Target.ServiceUrl, host.Target.Unreachable)
            .SampleAsync((Func<FuzzCase, Task>)(c => FuzzRunner.RunAsync(c, host.Target, report, cancellationToken)), print: FuzzRunner.Describe, seed: seed, iter: count, threads: threads)
            .ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var healthy = await HealthyAsync(host.Target.Bot, cancellationToken).ConfigureAwait(false);

        var inv = CultureInfo.InvariantCulture;
        await stdout.WriteLineAsync(string.Create(inv, $"Fuzz: {count:N0} cases on {threads} thread(s), {report.Activities:N0} activities in {elapsed.TotalSeconds:F1} s ({report.Activities / Math.Max(elapsed.TotalSeconds, 0.001):F0}/s)").AsMemory(), cancellationToken).ConfigureAwait(false);
        await stdout.WriteLineAsync($"By status: {report.StatusLine()}".AsMemory(), cancellationToken).ConfigureAwait(false);
        await stdout.WriteLineAsync(string.Create(inv, $"Server errors (5xx other than 501 for an unknown invoke): {report.ServerErrors.Count:N0}").AsMemory(), cancellationToken).ConfigureAwait(false);
        foreach (var error in report.ServerErrors.Take(10))
        {
            await stdout.WriteLineAsync($"  {error}".AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        await stdout.WriteLineAsync(string.Create(inv, $"Check-ins: {report.Journeys:N0} started, {report.Confirmed:N0} confirmed, {report.StoredOnce:N0} stored exactly once, {report.StoredOtherwise:N0} stored otherwise").AsMemory(), cancellationToken).ConfigureAwait(false);
        await stdout.WriteLineAsync(string.Create(inv, $"Exports: {report.Exported:N0} downloaded once and refused the second time, {report.ExportsOtherwise:N0} otherwise").AsMemory(), cancellationToken).ConfigureAwait(false);
        await stdout.WriteLineAsync($"/healthz afterwards: {(healthy ? "healthy" : "NOT healthy")}".AsMemory(), cancellationToken).ConfigureAwait(false);
        await stdout.WriteLineAsync($"Memory: {ProcessMemory.Now()}".AsMemory(), cancellationToken).ConfigureAwait(false);
        return report.ServerErrors.IsEmpty && report.StoredOtherwise == 0 && report.ExportsOtherwise == 0 && healthy ? 0 : 1;
    }

    internal static async Task<bool> HealthyAsync(HttpClient bot, CancellationToken cancellationToken)
    {
        using var response = await bot.GetAsync(new Uri("healthz", UriKind.Relative), cancellationToken).ConfigureAwait(false);
        return response.IsSuccessStatusCode;
    }

    private static bool TryParse(IReadOnlyList<string> args, out int count, out int threads, out string? seed, out string error)
    {
        var arguments = CommandArguments.Parse(args, ["--count", "--threads", "--seed"]);
        (count, threads, seed) = (arguments.Count("--count", 2000), arguments.Count("--threads", 1, max: 64), arguments.Text("--seed"));
        error = arguments.Error ?? string.Empty;
        return arguments.Error is null;
    }
}
