using Azure.Identity;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SupervisionBot.Bot.Archive;

namespace SupervisionBot.Bot.Telemetry;

internal static class TelemetryServiceCollectionExtensions
{
    private const string AzureMonitorVariable = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    private const string OtlpVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// OpenTelemetry traces, metrics and logs, always collected in-process (so tests can read
    /// them) and exported where configured: Azure Monitor when its connection string is set, OTLP
    /// when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, the console when <c>Telemetry:Console</c> is
    /// true. Every span passes through <see cref="PrivacyScrubber"/> before any exporter sees it.
    /// Call after <c>AddReflectionArchive</c>: archive writes are timed by wrapping it.
    /// </summary>
    public static IServiceCollection AddBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var azureMonitor = !string.IsNullOrWhiteSpace(configuration[AzureMonitorVariable]);
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpVariable]);

        services.AddSingleton<TurnTelemetry>();
        DecorateArchive(services);
        KeepRequestDetailsOutOfExportedLogs(services);

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(BotTelemetry.Name))
            .WithTracing(tracing =>
            {
                tracing.AddSource(BotTelemetry.Name).AddProcessor(new PrivacyScrubber());
                if (!azureMonitor)
                {
                    // The Azure Monitor distro adds these itself.
                    tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                }

                if (options.Console)
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(BotTelemetry.Name);
                if (!azureMonitor)
                {
                    metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                }

                if (options.Console)
                {
                    metrics.AddConsoleExporter();
                }
            })
            .WithLogging(logging =>
            {
                if (options.Console)
                {
                    logging.AddConsoleExporter();
                }
            });

        if (azureMonitor)
        {
            telemetry.UseAzureMonitor(monitor =>
            {
                monitor.ConnectionString = configuration[AzureMonitorVariable];

                // Live Metrics streams sample requests outside the pipeline the scrubber guards.
                monitor.EnableLiveMetrics = false;
                if (options.UseManagedIdentity)
                {
                    // AZURE_CLIENT_ID names the app's user-assigned identity.
                    monitor.Credential = configuration["AZURE_CLIENT_ID"] is { Length: > 0 } clientId
                        ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
                        : new DefaultAzureCredential();
                }
            });
        }

        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }

    /// <summary>
    /// Whatever the log levels say elsewhere, exported logs never carry request details: the
    /// HTTP client logs connector URLs (Teams conversation ids), ASP.NET Core logs request paths
    /// (an export link's token), and logging scopes repeat both.
    /// </summary>
    private static void KeepRequestDetailsOutOfExportedLogs(IServiceCollection services)
    {
        services.Configure<LoggerFilterOptions>(filters =>
        {
            filters.AddFilter<OpenTelemetryLoggerProvider>("System.Net.Http", LogLevel.Warning);
            filters.AddFilter<OpenTelemetryLoggerProvider>("Microsoft.AspNetCore", LogLevel.Warning);
        });
        services.Configure<OpenTelemetryLoggerOptions>(options =>
        {
            options.IncludeScopes = false;
            options.IncludeFormattedMessage = true;
        });
    }

    /// <summary>Wraps the registered archive so every write is timed, without touching its registration.</summary>
    private static void DecorateArchive(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IReflectionArchive))
            ?? throw new InvalidOperationException("AddBotTelemetry must come after AddReflectionArchive.");
        if (registered.ImplementationFactory is not { } factory)
        {
            throw new InvalidOperationException("The archive is expected to be registered through a factory.");
        }

        services.Remove(registered);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IReflectionArchive>(sp =>
            new InstrumentedReflectionArchive((IReflectionArchive)factory(sp), sp.GetRequiredService<TimeProvider>()));
    }
}
