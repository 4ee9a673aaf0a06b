using Microsoft.Extensions.Options;

namespace SupervisionBot.Bot.Hosting;

/// <summary>Says at start-up how requests are authenticated, so nobody runs open by accident.</summary>
internal static partial class StartupLog
{
    /// <summary>
    /// Logs once the host has started, that is after the settings were validated: reading
    /// them earlier would throw the validation error from here instead of from start-up.
    /// </summary>
    public static void LogAuthenticationMode(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var options = app.Services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
            if (options.IsLocalDevelopment)
            {
                LogLocalDevelopment(app.Logger);
            }
            else
            {
                LogAuthenticated(app.Logger, string.IsNullOrWhiteSpace(options.MicrosoftAppType) ? "MultiTenant" : options.MicrosoftAppType);
            }
        });

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Local development mode: MicrosoftAppId is empty, so incoming requests are NOT authenticated. Use this only with a local emulator such as the Agents Playground.")]
    private static partial void LogLocalDevelopment(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot Framework authentication is on ({AppType}).")]
    private static partial void LogAuthenticated(ILogger logger, string appType);
}
