using System.ComponentModel.DataAnnotations;

namespace SupervisionBot.Bot.Hosting;

/// <summary>The product's own settings, section <c>SupervisionBot</c>.</summary>
internal sealed class SupervisionBotOptions
{
    public const string Section = "SupervisionBot";

    /// <summary>Where the privacy statement lives; shown on the privacy card and in the Teams manifest.</summary>
    [Required]
    public Uri? PrivacyUrl { get; set; }

    /// <summary>Terms of use, for the Teams manifest.</summary>
    [Required]
    public Uri? TermsUrl { get; set; }

    /// <summary>
    /// Longest message the bot accepts. Teams itself caps a message at about 28 KB; anything
    /// longer than a reflection plausibly needs is refused politely rather than processed.
    /// </summary>
    [Range(100, 100_000)]
    public int MaxMessageLength { get; set; } = 20_000;

    /// <summary>
    /// The bot's public https address (where Teams reaches it), for export download links.
    /// Required outside Development; in Development, when empty, the address the server is bound
    /// to. A request's Host header is never used.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>
    /// Connector hosts the bot may reply to (a posted activity's <c>serviceUrl</c>), exact names or
    /// <c>*.suffix</c> patterns, https only. Empty: Teams' public and government connectors. In
    /// Development, loopback addresses are accepted as well.
    /// </summary>
    public IList<string> ConnectorHosts { get; } = [];

    /// <summary>Where Microsoft Teams' Bot Framework connector posts from, in the public and government clouds.</summary>
    internal static IReadOnlyList<string> TeamsConnectorHosts { get; } =
    [
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
    ];

    internal IReadOnlyList<string> AllowedConnectorHosts => ConnectorHosts.Count > 0 ? [.. ConnectorHosts] : TeamsConnectorHosts;
}
