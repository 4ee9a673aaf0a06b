using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moq;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Telemetry;

namespace SupervisionBot.Bot.Tests.Bot.Telemetry;

/// <summary>
/// The exporters are chosen from configuration when the host is built, so the Azure and OTLP
/// paths are built here directly: they must start, and still time archive writes.
/// </summary>
[Collection(TelemetryRunsAlone.Name)]
public sealed class TelemetryRegistrationTests
{
    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void AzureMonitorAndOtlp_BuildWithTheScrubberAndTheArchiveDecorator(bool azureMonitor, bool otlp)
    {
        var settings = new Dictionary<string, string?> { ["Telemetry:UseManagedIdentity"] = "true", ["AZURE_CLIENT_ID"] = Guid.NewGuid().ToString() };
        if (azureMonitor)
        {
            // Nothing listens there: the exporters only have to be built, not to deliver.
            settings["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://127.0.0.1:1/";
        }

        if (otlp)
        {
            settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:1";
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IReflectionArchive>(_ => Mock.Of<IReflectionArchive>());
        services.AddBotTelemetry(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

        using var provider = services.BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<TracerProvider>());
        Assert.NotNull(provider.GetRequiredService<MeterProvider>());
        Assert.NotNull(provider.GetRequiredService<LoggerProvider>());
        Assert.IsType<InstrumentedReflectionArchive>(provider.GetRequiredService<IReflectionArchive>());
    }

    [Fact]
    public void WithoutTheArchive_RegistrationSaysWhatIsMissing()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<InvalidOperationException>(() => services.AddBotTelemetry(new ConfigurationBuilder().Build()));

        Assert.Contains("AddReflectionArchive", error.Message, StringComparison.Ordinal);
    }
}
