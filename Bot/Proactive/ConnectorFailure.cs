using System.Net;

namespace SupervisionBot.Bot.Proactive;

/// <summary>
/// The connector refused or failed a send. <see cref="IsTransient"/>: try again later (429, 5xx,
/// no answer); <see cref="IsNotInstalled"/>: the person cannot be messaged 1:1, or the bot is no
/// longer in the conversation (403, 404).
/// </summary>
internal sealed class ConnectorFailure(HttpStatusCode? status, TimeSpan? retryAfter, Exception inner)
    : Exception($"The connector answered {(status is { } s ? ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture) : "nothing")}.", inner)
{
    public HttpStatusCode? Status { get; } = status;

    /// <summary>How long the connector asked us to wait, if it said.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    public bool IsTransient => Status is null or HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError;

    public bool IsNotInstalled => Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;

    /// <summary>A short, fixed reason for logs and records: never the connector's message, which can echo ids.</summary>
    public string Reason => Status is { } s ? "http-" + ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture) : "no-answer";
}
