namespace SupervisionBot.Bot.Health;

/// <summary>
/// <c>GET /readyz</c>: 200 when storage answers, 503 when it does not. Liveness stays on
/// <c>/healthz</c>, which does not depend on storage, so an outage takes instances out of a
/// load balancer's rotation without having them restarted.
/// </summary>
internal static class ReadinessEndpoint
{
    public static IServiceCollection AddReadiness(this IServiceCollection services) =>
        services.AddSingleton<StorageReadiness>();

    public static WebApplication MapReadinessEndpoint(this WebApplication app)
    {
        app.MapMethods("/readyz", [HttpMethods.Get, HttpMethods.Head], async (StorageReadiness readiness, CancellationToken cancellationToken) =>
            await readiness.IsReadyAsync(cancellationToken)
                ? Results.Text("Ready")
                : Results.Text("Storage is not reachable", statusCode: StatusCodes.Status503ServiceUnavailable));
        return app;
    }
}
