using Microsoft.Extensions.Options;

namespace SupervisionBot.Bot.Privacy;

/// <summary>
/// Stops start-up without a usable pseudonym key. A development key has already been filled in
/// by <see cref="DevelopmentPseudonymKey"/> where one is allowed, so a missing key here means
/// production with blob storage, where pseudonyms must survive restarts and redeployments.
/// </summary>
internal sealed class PseudonymOptionsValidator : IValidateOptions<PseudonymOptions>
{
    public ValidateOptionsResult Validate(string? name, PseudonymOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        if (string.IsNullOrWhiteSpace(options.PseudonymKey))
        {
            return ValidateOptionsResult.Fail(
                $"{PseudonymOptions.PseudonymKeyPath} is required outside development when blob storage is configured: " +
                $"set it (from a secret store) to base64 of at least {PseudonymOptions.MinimumKeyBytes} random bytes, " +
                "e.g. the output of `openssl rand -base64 32`. Keep it: a new key changes every pseudonym.");
        }

        return options.TryDecodeKey() is null
            ? ValidateOptionsResult.Fail(
                $"{PseudonymOptions.PseudonymKeyPath} must be base64 of at least {PseudonymOptions.MinimumKeyBytes} bytes, " +
                "e.g. the output of `openssl rand -base64 32`.")
            : ValidateOptionsResult.Success;
    }
}
