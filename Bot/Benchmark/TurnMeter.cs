using System.Diagnostics;

namespace SupervisionBot.Bot.Benchmark;

/// <summary>Runs turns one at a time and measures them: process CPU, wall time, latency percentiles, allocations, store calls.</summary>
internal static class TurnMeter
{
    public static async Task<TurnFigures> MeasureAsync(
        string kind, int turns, int first, Func<int, CancellationToken, Task> turn, StorageCallCounter? storage, CancellationToken cancellationToken)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var latencies = new double[turns];
        var clock = TimeProvider.System;
        var cpuBefore = CpuTime();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var storageBefore = storage?.Snapshot() ?? new StorageCalls(0, 0, 0, 0);
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
        return new TurnFigures(
            kind,
            turns,
            cpu.TotalMilliseconds / turns,
            turns / Math.Max(elapsed.TotalSeconds, 1e-9),
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            (double)allocated / turns,
            calls);
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
