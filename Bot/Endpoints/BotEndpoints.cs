using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SupervisionBot.Bot.Hosting;

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
        IOptions<BotAuthenticationOptions> authentication,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (context.Request.ContentLength > MaxRequestBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        // The SDK throws ArgumentExceptions (a 500) on an Authorization header that is not a
        // JWT at all; such a request is simply unauthenticated.
        var authorization = context.Request.Headers.Authorization.ToString();
        if (!authentication.Value.IsLocalDevelopment && authorization.Length > 0 && !IsWellFormedBearer(authorization))
        {
            LogRefused(loggers.CreateLogger(typeof(BotEndpoints)), "malformed Authorization header");
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        try
        {
            await adapter.ProcessAsync(context.Request, context.Response, bot, cancellationToken);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            // A chunked body past Kestrel's MaxRequestBodySize (set to the cap in BotApplication).
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }
        catch (SecurityTokenException exception) when (!context.Response.HasStarted)
        {
            // The SDK turns most authentication failures into 401 itself; a token that parses
            // but fails signature or lifetime checks escapes as a SecurityTokenException.
            LogRefused(loggers.CreateLogger(typeof(BotEndpoints)), exception.GetType().Name);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }

    private static bool IsWellFormedBearer(string authorization)
    {
        const string Scheme = "Bearer ";
        if (!authorization.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            _ = new JsonWebToken(authorization[Scheme.Length..].Trim());
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request whose token failed validation ({Reason})")]
    private static partial void LogRefused(ILogger logger, string reason);
}
