using System.Collections.Concurrent;

namespace SupervisionBot.Bot.Load;

/// <summary>What a fuzz or soak run saw: every response by status, how the confirmed check-ins ended, and their exports.</summary>
internal sealed class FuzzReport
{
    private long _activities;
    private long _journeys;
    private long _confirmed;
    private long _storedOnce;
    private long _storedOtherwise;
    private long _exported;
    private long _exportsOtherwise;

    public ConcurrentDictionary<int, long> ByStatus { get; } = new();

    /// <summary>Responses of 500 or more other than 501 for an invoke the bot does not implement.</summary>
    public ConcurrentQueue<string> ServerErrors { get; } = new();

    public long Activities => Interlocked.Read(ref _activities);

    public long Journeys => Interlocked.Read(ref _journeys);

    /// <summary>Check-ins whose confirmation the bot acknowledged.</summary>
    public long Confirmed => Interlocked.Read(ref _confirmed);

    /// <summary>Confirmed check-ins whose author's list then held exactly one reflection.</summary>
    public long StoredOnce => Interlocked.Read(ref _storedOnce);

    /// <summary>Confirmed check-ins stored never or more than once: must stay 0.</summary>
    public long StoredOtherwise => Interlocked.Read(ref _storedOtherwise);

    /// <summary>Stored check-ins whose author's export link downloaded once and was refused the second time.</summary>
    public long Exported => Interlocked.Read(ref _exported);

    /// <summary>Export links that did not download, or downloaded twice: must stay 0.</summary>
    public long ExportsOtherwise => Interlocked.Read(ref _exportsOtherwise);

    public void Response(int status)
    {
        Interlocked.Increment(ref _activities);
        ByStatus.AddOrUpdate(status, 1, (_, n) => n + 1);
    }

    public void JourneyStarted() => Interlocked.Increment(ref _journeys);

    public void JourneyStored(int stored)
    {
        Interlocked.Increment(ref _confirmed);
        Interlocked.Increment(ref stored == 1 ? ref _storedOnce : ref _storedOtherwise);
    }

    public void ExportChecked(bool downloadedOnce) =>
        Interlocked.Increment(ref downloadedOnce ? ref _exported : ref _exportsOtherwise);

    public string StatusLine() =>
        string.Join(", ", ByStatus.OrderBy(p => p.Key).Select(p => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{p.Key}: {p.Value:N0}")));
}
