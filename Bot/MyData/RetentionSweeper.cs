using System.Globalization;
using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Coordination;
using SupervisionBot.Bot.Telemetry;

namespace SupervisionBot.Bot.MyData;

/// <summary>
/// Deletes reflections past the retention period once a day (UTC), across every instance: the
/// instance that takes the lease and finds the day not yet done sweeps, then marks the day done.
/// Every instance checks hourly, so a sweep cut short by a crash is picked up within the hour.
/// </summary>
internal sealed partial class RetentionSweeper(
    IReflectionArchive archive,
    IWorkLeases leases,
    IOptions<RetentionSettings> settings,
    TimeProvider time,
    ILogger<RetentionSweeper> logger) : PeriodicWork(time, logger)
{
    internal const string Work = "retention-sweep";
    internal static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override string Name => Work;

    /// <summary>A sweep that failed (storage unavailable) leaves the day unmarked, so the next check catches up.</summary>
    protected override TimeSpan Interval => Every;

    protected override Task RunAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    /// <summary>Sweeps if today's sweep is still to do and this instance holds the lease; null when it did not sweep.</summary>
    internal async Task<int?> SweepAsync(CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        var day = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using var lease = await leases.TryAcquireAsync(Work, cancellationToken);
        if (lease is null || await leases.IsDoneAsync(Work, day, cancellationToken))
        {
            BotTelemetry.OnceOnly(Work, ranHere: false);
            LogNotHere(Logger, lease is null ? "another instance is sweeping" : "today's sweep is done");
            return null;
        }

        using var span = BotTelemetry.Source.StartActivity("retention.sweep");
        var cutoff = now - TimeSpan.FromDays(settings.Value.ReflectionDays);
        var deleted = await archive.DeleteOlderThanAsync(cutoff, cancellationToken);
        await leases.MarkDoneAsync(Work, day, cancellationToken);
        BotTelemetry.OnceOnly(Work, ranHere: true);
        LogSwept(Logger, deleted, settings.Value.ReflectionDays);
        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention sweep deleted {Count} reflections older than {Days} days")]
    private static partial void LogSwept(ILogger logger, int count, int days);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention sweep not run here: {Reason}")]
    private static partial void LogNotHere(ILogger logger, string reason);
}
