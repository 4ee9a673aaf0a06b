using Microsoft.Extensions.Options;

namespace SupervisionBot.Bot.Hosting;

/// <summary>Data annotations cannot say "absolute https URL", so this does, naming the setting.</summary>
internal sealed class SupervisionBotOptionsValidator : IValidateOptions<SupervisionBotOptions>
{
    public ValidateOptionsResult Validate(string? name, SupervisionBotOptions options)
    {
        var failures = new List<string>();
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
