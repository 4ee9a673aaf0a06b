using Microsoft.Extensions.Options;

namespace SupervisionBot.Bot.Hosting;

/// <summary>
/// Data annotations cannot say "absolute https URL" or "required in production", so this does,
/// naming the setting.
/// </summary>
internal sealed class SupervisionBotOptionsValidator(IHostEnvironment environment) : IValidateOptions<SupervisionBotOptions>
{
    public ValidateOptionsResult Validate(string? name, SupervisionBotOptions options)
    {
        var failures = new List<string>();
        if (options.PublicBaseUrl is null && !environment.IsDevelopment())
        {
            // Links are never built from a request's Host header, so outside Development the
            // bot must be told where it lives.
            failures.Add($"{SupervisionBotOptions.Section}:{nameof(options.PublicBaseUrl)} is required outside Development: the bot's public https address, for export links.");
        }

        Check(options.PrivacyUrl, nameof(options.PrivacyUrl), failures);
        Check(options.TermsUrl, nameof(options.TermsUrl), failures);
        Check(options.PublicBaseUrl, nameof(options.PublicBaseUrl), failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(Uri? url, string setting, List<string> failures)
    {
        if (url is null)
        {
            return; // [Required] already reports it.
        }

        if (!url.IsAbsoluteUri || url.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{SupervisionBotOptions.Section}:{setting} must be an absolute https URL (Teams rejects anything else).");
        }
    }
}
