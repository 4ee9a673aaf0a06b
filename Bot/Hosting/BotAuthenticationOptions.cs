namespace SupervisionBot.Bot.Hosting;

/// <summary>
/// The Bot Framework's own settings, read by the SDK from the configuration root under these
/// exact names. Bound here as well so that they are validated at start-up.
/// </summary>
internal sealed class BotAuthenticationOptions
{
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>No app id: requests are not authenticated. Only for a local emulator.</summary>
    public bool IsLocalDevelopment => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
