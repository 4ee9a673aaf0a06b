namespace SupervisionBot.Bot.Privacy;

/// <summary>
/// The secret behind every pseudonym. A pseudonym is a keyed hash of a Teams identifier: stable
/// for as long as the key is kept, and not reversible without it. Data keyed by pseudonyms is still
/// pseudonymised personal data under UK GDPR, not anonymous.
/// </summary>
internal sealed class PseudonymOptions
{
    public const string SectionName = "Privacy";

    /// <summary>The full configuration path, for messages that tell an operator what to set.</summary>
    public const string PseudonymKeyPath = SectionName + ":" + nameof(PseudonymKey);

    public const int MinimumKeyBytes = 32;

    /// <summary>Base64 of at least <see cref="MinimumKeyBytes"/> random bytes.</summary>
    public string? PseudonymKey { get; set; }

    /// <summary>Decodes <see cref="PseudonymKey"/>; null when it is missing, not base64 or too short.</summary>
    internal byte[]? TryDecodeKey()
    {
        if (string.IsNullOrWhiteSpace(PseudonymKey))
        {
            return null;
        }

        var buffer = new byte[PseudonymKey.Length];
        return Convert.TryFromBase64String(PseudonymKey.Trim(), buffer, out var written) && written >= MinimumKeyBytes
            ? buffer[..written]
            : null;
    }
}
