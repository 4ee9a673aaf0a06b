using System.Globalization;
using System.Net;
using Microsoft.Bot.Schema;

namespace SupervisionBot.Bot.Proactive;

/// <summary>
/// The connector refused or failed a send. <see cref="IsTransient"/>: try again later (429, 5xx,
/// no answer); <see cref="IsNotInstalled"/>: the person cannot be messaged 1:1, or the bot is no
/// longer in the conversation (403, 404).
/// </summary>
internal sealed class ConnectorFailure(HttpStatusCode? status, TimeSpan? retryAfter, Exception inner)
    : Exception($"The connector answered {(status is { } s ? ((int)s).ToString(CultureInfo.InvariantCulture) : "nothing")}.", inner)
{
    public HttpStatusCode? Status { get; } = status;

    /// <summary>How long the connector asked us to wait, if it said.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    public bool IsTransient => Status is null or HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError;

    public bool IsNotInstalled => Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;

    /// <summary>A short, fixed reason for logs and records: never the connector's message, which can echo ids.</summary>
    public string Reason => Status is { } s ? "http-" + ((int)s).ToString(CultureInfo.InvariantCulture) : "no-answer";

    /// <summary>
    /// What an exception from a connector call means, or null when it is not the connector's
    /// answer (a bug, or cancellation the caller asked for is the caller's to tell apart).
    /// </summary>
    public static ConnectorFailure? From(Exception exception) => exception switch
    {
        ConnectorFailure failure => failure,
        ErrorResponseException { Response: { } response } => new ConnectorFailure(response.StatusCode, RetryAfterOf(response), exception),
        Microsoft.Rest.HttpOperationException { Response: { } response } => new ConnectorFailure(response.StatusCode, RetryAfterOf(response), exception),
        HttpRequestException or TaskCanceledException => new ConnectorFailure(null, null, exception),
        _ => null,
    };

    private static TimeSpan? RetryAfterOf(Microsoft.Rest.HttpResponseMessageWrapper response)
    {
        var value = response.Headers?.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }
}
