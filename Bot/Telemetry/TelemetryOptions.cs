namespace SupervisionBot.Bot.Telemetry;

/// <summary>
/// Section <c>Telemetry</c>. Where telemetry goes is decided by the standard variables:
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> (Azure Monitor) and
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (any OpenTelemetry collector); these add the console.
/// </summary>
internal sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Also print spans, metrics and logs to the console (local debugging).</summary>
    public bool Console { get; set; }

    /// <summary>
    /// Send to Azure Monitor signed in as the app's managed identity (<c>AZURE_CLIENT_ID</c>)
    /// rather than with the connection string's key, so Application Insights can refuse local auth.
    /// </summary>
    public bool UseManagedIdentity { get; set; }
}
