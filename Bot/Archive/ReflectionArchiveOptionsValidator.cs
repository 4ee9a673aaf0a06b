using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace SupervisionBot.Bot.Archive;

/// <summary>Refuses a container name Azure would refuse, at start-up, naming the setting to fix.</summary>
internal sealed partial class ReflectionArchiveOptionsValidator : IValidateOptions<ReflectionArchiveOptions>
{
    public ValidateOptionsResult Validate(string? name, ReflectionArchiveOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Azure's container naming rules, which the local folder follows too so a name works on both.
        return options.Reflections is { } container && ContainerName().IsMatch(container) && !container.Contains("--", StringComparison.Ordinal)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{ReflectionArchiveOptions.SectionName}:{nameof(ReflectionArchiveOptions.Reflections)} must be 3-63 lower-case letters, " +
                "digits or single hyphens, starting and ending with a letter or digit.");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerName();
}
