namespace SupervisionBot.Bot.Coordination;

/// <summary>
/// Background work that runs every <see cref="Interval"/> on <see cref="TimeProvider"/>, and once at
/// start-up when <see cref="RunsAtStart"/> (to catch up after a restart). A run that fails is logged
/// by exception type only, never by message (messages can repeat stored values), and the next tick
/// tries again: one failure never stops the service. Whether a run does anything on this instance
/// (a lease, a done-marker) is the run's own decision.
/// </summary>
internal abstract partial class PeriodicWork(TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>The work's name in logs.</summary>
    protected abstract string Name { get; }

    /// <summary>How long between runs.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>Whether the first run is at start-up rather than one interval later.</summary>
    protected virtual bool RunsAtStart => true;

    protected TimeProvider Time => time;

    protected ILogger Logger => logger;

    /// <summary>One run of the work.</summary>
    protected abstract Task RunAsync(CancellationToken cancellationToken);

    private PeriodicTimer? _timer;

    /// <summary>The clock starts when the service does, not whenever the background loop is first scheduled.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = new PeriodicTimer(Interval, time);
        return base.StartAsync(cancellationToken);
    }

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = _timer ?? throw new InvalidOperationException("The service was not started.");
        if (RunsAtStart)
        {
            await RunAndLogAsync(stoppingToken);
        }

        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunAndLogAsync(stoppingToken);
        }
    }

    private async Task RunAndLogAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Storage or the connector down, so not even the lease could be taken: the next tick tries again.
            LogRunFailed(logger, Name, exception.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Work} failed ({Reason}); the next tick tries again")]
    private static partial void LogRunFailed(ILogger logger, string work, string reason);
}
