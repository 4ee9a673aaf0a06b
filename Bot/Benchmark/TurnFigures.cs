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
    long JitMethods);
