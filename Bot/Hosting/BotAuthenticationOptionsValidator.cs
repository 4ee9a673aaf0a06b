using Microsoft.Extensions.Options;

namespace SupervisionBot.Bot.Hosting;

/// <summary>
/// Checks the Bot Framework settings before the first request, so a typo stops start-up with
/// a message naming the setting instead of surfacing later as a 401 from Teams.
/// </summary>
internal sealed class BotAuthenticationOptionsValidator(IHostEnvironment environment)
    : IValidateOptions<BotAuthenticationOptions>
{
    private static readonly string[] AppTypes = ["MultiTenant", "SingleTenant", "UserAssignedMSI"];

    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        var failures = new List<string>();
        var appType = string.IsNullOrWhiteSpace(options.MicrosoftAppType) ? "MultiTenant" : options.MicrosoftAppType;

        if (!AppTypes.Contains(appType, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"MicrosoftAppType must be one of {string.Join(", ", AppTypes)} (it is '{appType}').");
        }

        if (options.IsLocalDevelopment)
        {
            if (!environment.IsDevelopment())
            {
                failures.Add(
                    "MicrosoftAppId is empty. Without it requests are not authenticated, which is only " +
                    "allowed in the Development environment. Set MicrosoftAppId (and its secret or managed identity).");
            }

            if (!string.IsNullOrEmpty(options.MicrosoftAppPassword))
            {
                failures.Add("MicrosoftAppPassword is set but MicrosoftAppId is empty. Set both, or neither for local development.");
            }

            return Result(failures);
        }

        if (!Guid.TryParse(options.MicrosoftAppId, out _))
        {
            failures.Add("MicrosoftAppId must be the bot's Microsoft App ID, a GUID.");
        }

        var isManagedIdentity = string.Equals(appType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase);
        if (isManagedIdentity && !string.IsNullOrEmpty(options.MicrosoftAppPassword))
        {
            failures.Add("MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI.");
        }

        if (!isManagedIdentity && string.IsNullOrEmpty(options.MicrosoftAppPassword))
        {
            failures.Add($"MicrosoftAppPassword is required when MicrosoftAppType is {appType}.");
        }

        var needsTenant = !string.Equals(appType, "MultiTenant", StringComparison.OrdinalIgnoreCase);
        if (needsTenant && !Guid.TryParse(options.MicrosoftAppTenantId, out _))
        {
            failures.Add($"MicrosoftAppTenantId must be the tenant's GUID when MicrosoftAppType is {appType}.");
        }

        return Result(failures);
    }

    private static ValidateOptionsResult Result(List<string> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
}
