using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace SupervisionBot.Bot.Storage;

/// <summary>Refuses a storage configuration that would fail later, naming the setting to fix.</summary>
internal sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private const string Section = StorageOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        var hasAccountUrl = !string.IsNullOrWhiteSpace(options.AccountUrl);

        if (hasConnectionString && hasAccountUrl)
        {
            failures.Add(
                $"Set either {Section}:{nameof(StorageOptions.ConnectionString)} or {Section}:{nameof(StorageOptions.AccountUrl)}, not both.");
        }

        if (hasConnectionString && !IsParsableConnectionString(options.ConnectionString!))
        {
            // The value is a secret, so the message names the setting but never repeats it.
            failures.Add($"{Section}:{nameof(StorageOptions.ConnectionString)} is not a valid Azure Storage connection string.");
        }

        if (hasAccountUrl && !IsAbsoluteHttpsUrl(options.AccountUrl!))
        {
            failures.Add(
                $"{Section}:{nameof(StorageOptions.AccountUrl)} must be an absolute https URL such as https://<account>.blob.core.windows.net.");
        }

        if (options.Containers is null)
        {
            failures.Add($"{Section}:{nameof(StorageOptions.Containers)} must not be empty.");
        }
        else if (!IsValidContainerName(options.Containers.State))
        {
            failures.Add(
                $"{Section}:{nameof(StorageOptions.Containers)}:{nameof(StorageContainerOptions.State)} must be 3-63 lower-case letters, digits " +
                "or single hyphens, starting and ending with a letter or digit.");
        }

        if (!hasConnectionString && !hasAccountUrl && string.IsNullOrWhiteSpace(options.LocalFolder))
        {
            failures.Add($"{Section}:{nameof(StorageOptions.LocalFolder)} must name a folder when no blob storage is configured.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsAbsoluteHttpsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;

    private static bool IsParsableConnectionString(string value)
    {
        try
        {
            _ = new BlobServiceClient(value);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    // Azure's container naming rules, which the local folder store follows too so a name works on both.
    private static bool IsValidContainerName(string? value) =>
        value is not null && ContainerName().IsMatch(value) && !value.Contains("--", StringComparison.Ordinal);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerName();
}
