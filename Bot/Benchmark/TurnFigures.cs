namespace SupervisionBot.Bot.Benchmark;

/// <summary>What one kind of turn cost, measured over <see cref="Turns"/> turns taken one at a time.</summary>
internal sealed record TurnFigures(
    string Kind,
    int Turns,
    double CpuMsPerTurn,
    double TurnsPerSecond,
    double P50Ms,
    double P99Ms,
    double AllocatedBytesPerTurn,
    StorageCalls Storage,
    double JitMsPerTurn,
    long JitMethods)
{
    /// <summary>
    /// One kind's passes as one row: each rate or time is the median pass (a pass the machine
    /// slowed does not move it), and the counts (turns, store calls, methods compiled) are totals.
    /// </summary>
    public static TurnFigures Median(IReadOnlyList<TurnFigures> passes)
    {
        ArgumentNullException.ThrowIfNull(passes);
        ArgumentOutOfRangeException.ThrowIfZero(passes.Count);
        double Mid(Func<TurnFigures, double> figure) => TurnMeter.Percentile([.. passes.Select(figure)], 0.5);
        return new TurnFigures(
            passes[0].Kind,
            passes.Sum(pass => pass.Turns),
            Mid(pass => pass.CpuMsPerTurn),
            Mid(pass => pass.TurnsPerSecond),
            Mid(pass => pass.P50Ms),
            Mid(pass => pass.P99Ms),
            Mid(pass => pass.AllocatedBytesPerTurn),
            passes.Select(pass => pass.Storage).Aggregate((a, b) => a + b),
            Mid(pass => pass.JitMsPerTurn),
            passes.Sum(pass => pass.JitMethods));
    }
}
