using System.Text.Json;
using Microsoft.AspNetCore.Routing;
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
        // A probe reads; nothing else is answered there (405).
        app.MapHealthChecks("/healthz").WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        return app;
    }

    private static async Task ProcessAsync(
        HttpContext context,
        IBotFrameworkHttpAdapter adapter,
        IBot bot,
        IOptions<BotAuthenticationOptions> authentication,
        IOptions<SupervisionBotOptions> options,
        IHostEnvironment environment,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var log = loggers.CreateLogger(typeof(BotEndpoints));
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
            LogRefused(log, "malformed Authorization header");
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        // Read and checked here, then handed to the SDK from the start: nothing the bot could
        // never answer reaches a turn.
        context.Request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxRequestBytes);
        var policy = new ServiceUrlPolicy(
            options.Value.AllowedConnectorHosts,
            AllowLoopback: environment.IsDevelopment(),
            CheckToken: !authentication.Value.IsLocalDevelopment && authorization.Length > 0,
            TokenServiceUrl: ServiceUrlClaim(authorization));
        try
        {
            if (await RefusalAsync(context.Request, policy, cancellationToken) is { } reason)
            {
                LogBadActivity(log, reason);
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsync(reason, cancellationToken);
                return;
            }

            context.Request.Body.Position = 0;
            await adapter.ProcessAsync(context.Request, context.Response, bot, cancellationToken);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            // A chunked body past Kestrel's MaxRequestBodySize (set to the cap in BotApplication).
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }
        catch (IOException) when (!context.Response.HasStarted && !cancellationToken.IsCancellationRequested)
        {
            // The buffered body passed the cap where no Kestrel limit applies (an in-memory server).
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }
        catch (SecurityTokenException exception) when (!context.Response.HasStarted)
        {
            // The SDK turns most authentication failures into 401 itself; a token that parses
            // but fails signature or lifetime checks escapes as a SecurityTokenException.
            LogRefused(log, exception.GetType().Name);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }

    /// <summary>Why the posted activity is refused (a fixed phrase), or null to process it.</summary>
    private static async Task<string?> RefusalAsync(HttpRequest request, ServiceUrlPolicy policy, CancellationToken cancellationToken)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 64 }, cancellationToken);
            return ActivityShape.Check(body.RootElement, policy);
        }
        catch (JsonException)
        {
            return "the body is not JSON";
        }
    }

    private static string? ServiceUrlClaim(string authorization)
    {
        const string Scheme = "Bearer ";
        if (!authorization.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return new JsonWebToken(authorization[Scheme.Length..].Trim()).TryGetPayloadValue<string>("serviceurl", out var claim) ? claim : null;
        }
        catch (ArgumentException)
        {
            return null;
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused an activity before its turn: {Reason}")]
    private static partial void LogBadActivity(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request whose token failed validation ({Reason})")]
    private static partial void LogRefused(ILogger logger, string reason);
}
