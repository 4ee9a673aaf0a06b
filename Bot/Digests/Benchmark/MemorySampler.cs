namespace SupervisionBot.Bot.Digests.Benchmark;

/// <summary>
/// The highest managed heap seen while one composition runs, sampled as documents arrive (every
/// 64th, since reading the heap size is not free), so a list that grows is caught near its largest.
/// The heap includes garbage not yet collected; both modes carry that alike.
/// </summary>
internal sealed class MemorySampler
{
    private int _calls;

    public long Peak { get; private set; } = GC.GetTotalMemory(forceFullCollection: false);

    public void Sample(bool now = false)
    {
        if (!now && ++_calls % 64 != 0)
        {
            return;
        }

        Peak = Math.Max(Peak, GC.GetTotalMemory(forceFullCollection: false));
    }
}
