using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Archive;

namespace SupervisionBot.Bot.MyData;

/// <summary>Deletes reflections past the retention period, soon after start-up and then daily.</summary>
internal sealed partial class RetentionSweeper(
    IReflectionArchive archive,
    IOptions<RetentionSettings> settings,
    TimeProvider time,
    ILogger<RetentionSweeper> logger) : BackgroundService
{
    internal static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Storage unavailable: the next day's sweep catches up; nothing is kept longer than a day extra.
                LogSweepFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    internal async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(settings.Value.ReflectionDays);
        var deleted = await archive.DeleteOlderThanAsync(cutoff, cancellationToken);
        LogSwept(logger, deleted, settings.Value.ReflectionDays);
        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention sweep deleted {Count} reflections older than {Days} days")]
    private static partial void LogSwept(ILogger logger, int count, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention sweep failed; it will run again tomorrow")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
