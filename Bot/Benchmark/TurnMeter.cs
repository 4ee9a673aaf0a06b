using System.Diagnostics;

namespace SupervisionBot.Bot.Benchmark;

/// <summary>Runs turns one at a time and measures them: process CPU, wall time, latency percentiles, allocations, store calls.</summary>
internal static class TurnMeter
{
    public static async Task<TurnFigures> MeasureAsync(
        string kind, int turns, int first, Func<int, CancellationToken, Task> turn, StorageCallCounter? storage, CancellationToken cancellationToken)
    {
        await JitSettledAsync(cancellationToken).ConfigureAwait(false);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var latencies = new double[turns];
        var clock = TimeProvider.System;
        var cpuBefore = CpuTime();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var storageBefore = storage?.Snapshot() ?? new StorageCalls(0, 0, 0, 0);
        var jitBefore = (Time: System.Runtime.JitInfo.GetCompilationTime(), Methods: System.Runtime.JitInfo.GetCompiledMethodCount());
        var started = clock.GetTimestamp();
        for (var i = 0; i < turns; i++)
        {
            var turnStarted = clock.GetTimestamp();
            await turn(first + i, cancellationToken).ConfigureAwait(false);
            latencies[i] = clock.GetElapsedTime(turnStarted).TotalMilliseconds;
        }

        var elapsed = clock.GetElapsedTime(started);
        var cpu = CpuTime() - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var calls = (storage?.Snapshot() ?? storageBefore) - storageBefore;
        var jitTime = System.Runtime.JitInfo.GetCompilationTime() - jitBefore.Time;
        var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount() - jitBefore.Methods;
        return new TurnFigures(
            kind,
            turns,
            cpu.TotalMilliseconds / turns,
            turns / Math.Max(elapsed.TotalSeconds, 1e-9),
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            (double)allocated / turns,
            calls,
            jitTime.TotalMilliseconds / turns,
            jitMethods);
    }

    /// <summary>
    /// Waits (at most 5 s) until the JIT has compiled nothing for a quarter of a second, so that
    /// methods the warm-up promoted are compiled in the background before, not during, the measured turns.
    /// </summary>
    public static async Task JitSettledAsync(CancellationToken cancellationToken)
    {
        var clock = TimeProvider.System;
        var started = clock.GetTimestamp();
        var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
        while (clock.GetElapsedTime(started) < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), clock, cancellationToken).ConfigureAwait(false);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now == methods)
            {
                return;
            }

            methods = now;
        }
    }

    /// <summary>The nearest-rank percentile of <paramref name="values"/> (which it sorts).</summary>
    public static double Percentile(double[] values, double fraction)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0)
        {
            return 0;
        }

        Array.Sort(values);
        var rank = (int)Math.Ceiling(fraction * values.Length);
        return values[Math.Clamp(rank - 1, 0, values.Length - 1)];
    }

    public static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
