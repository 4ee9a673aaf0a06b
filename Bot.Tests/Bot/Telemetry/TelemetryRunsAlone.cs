namespace SupervisionBot.Bot.Tests.Bot.Telemetry;

/// <summary>
/// The bot's meter and activity source are process-wide, as .NET intends, so a test that counts
/// what they recorded runs alone, after the tests that run in parallel.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryRunsAlone
{
    public const string Name = "Telemetry";
}
