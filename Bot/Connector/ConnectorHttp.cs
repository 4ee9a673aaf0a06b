using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace SupervisionBot.Bot.Connector;

/// <summary>
/// The HttpClient the Bot Framework SDK talks to the connector with: a 429 or 5xx (or a dropped
/// connection) is retried with jittered exponential backoff, waiting as long as the connector's
/// <c>Retry-After</c> asks, capped so a user's turn still answers within Teams' time.
/// </summary>
internal static class ConnectorHttp
{
    public const string ClientName = "BotFrameworkConnector";

    public static IHttpClientBuilder AddConnectorHttpClient(this IServiceCollection services)
    {
        var builder = services.AddHttpClient(ClientName);
        builder.AddResilienceHandler("connector-retry", pipeline => pipeline.AddRetry(RetryOptions()));
        return builder;
    }

    internal static HttpRetryStrategyOptions RetryOptions() => new()
    {
        // The default ShouldHandle: 408, 429, every 5xx, HttpRequestException and timeouts.
        MaxRetryAttempts = 4,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = TimeSpan.FromMilliseconds(400),
        MaxDelay = TimeSpan.FromSeconds(10),
        ShouldRetryAfterHeader = true,
    };
}
