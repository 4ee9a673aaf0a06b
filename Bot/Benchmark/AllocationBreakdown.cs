using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace SupervisionBot.Bot.Benchmark;

/// <summary>
/// The runtime's allocation samples (one about every 100 KB allocated, naming the type that
/// crossed the threshold), summed by type: a cheap, in-process view of what a kind of turn
/// allocates, for <c>bench --allocations</c>. A sample stands for the ~100 KB before it, so the
/// shares are estimates; the totals per turn come from the GC's own count.
/// </summary>
internal sealed class AllocationBreakdown : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private const EventKeywords JitKeyword = (EventKeywords)0x10;
    private readonly ConcurrentDictionary<string, long> _compiled = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _bytesByType = new(StringComparer.Ordinal);
    private readonly List<string> _report = [];
    private volatile bool _recording;

    public void Start()
    {
        _bytesByType.Clear();
        _compiled.Clear();
        _recording = true;
    }

    /// <summary>Stops recording and notes the types that took most of <paramref name="kind"/>'s allocations, per turn.</summary>
    public void Stop(string kind, int turns)
    {
        _recording = false;
        var total = Math.Max(1, _bytesByType.Values.Sum());
        _report.Add($"{kind}: sampled allocations by type, KB per turn (share)");
        foreach (var (type, bytes) in _bytesByType.OrderByDescending(p => p.Value).Take(12))
        {
            _report.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  {bytes / 1024.0 / turns,8:N1}  ({100.0 * bytes / total,4:N0}%)  {type}"));
        }

        _report.Add($"{kind}: methods compiled during the measured turns, most often first");
        foreach (var (method, times) in _compiled.OrderByDescending(p => p.Value).Take(12))
        {
            _report.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  {times,8:N0}  {method}"));
        }
    }

    /// <summary>Every kind's breakdown, in the order measured.</summary>
    public IReadOnlyList<string> Report => _report;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        ArgumentNullException.ThrowIfNull(eventSource);
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword | JitKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (!_recording || eventData.PayloadNames is not { } names)
        {
            return;
        }

        if (eventData.EventName?.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) == true)
        {
            var ns = names.IndexOf("MethodNamespace") is >= 0 and var n ? eventData.Payload?[n] as string : null;
            var name = names.IndexOf("MethodName") is >= 0 and var m ? eventData.Payload?[m] as string : null;
            _compiled.AddOrUpdate($"{ns}::{name}", 1, (_, times) => times + 1);
            return;
        }

        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true)
        {
            return;
        }

        var type = names.IndexOf("TypeName") is >= 0 and var t ? eventData.Payload?[t] as string ?? "?" : "?";
        var amount = names.IndexOf("AllocationAmount64") is >= 0 and var a && eventData.Payload?[a] is ulong bytes ? (long)bytes : 100_000;
        _bytesByType.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }
}
