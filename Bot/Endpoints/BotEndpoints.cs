using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.IdentityModel.Tokens;

namespace SupervisionBot.Bot.Endpoints;

/// <summary>The bot's HTTP surface: the Bot Framework messaging endpoint and a health probe.</summary>
internal static partial class BotEndpoints
{
    /// <summary>
    /// A Teams activity is a few kilobytes; a generous cap keeps a hostile body from being
    /// buffered and parsed at all.
    /// </summary>
    internal const long MaxRequestBytes = 512 * 1024;

    public static WebApplication MapBotEndpoints(this WebApplication app)
    {
        app.MapPost("/api/messages", ProcessAsync);
        app.MapHealthChecks("/healthz");
        return app;
    }

    private static async Task ProcessAsync(
        HttpContext context,
        IBotFrameworkHttpAdapter adapter,
        IBot bot,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (context.Request.ContentLength > MaxRequestBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        try
        {
            await adapter.ProcessAsync(context.Request, context.Response, bot, cancellationToken);
        }
        catch (SecurityTokenException exception) when (!context.Response.HasStarted)
        {
            // The SDK turns most authentication failures into 401 itself; a token that parses
            // but fails signature or lifetime checks escapes as a SecurityTokenException.
            LogRefused(loggers.CreateLogger(typeof(BotEndpoints)), exception.GetType().Name);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request whose token failed validation ({Reason})")]
    private static partial void LogRefused(ILogger logger, string reason);
}
