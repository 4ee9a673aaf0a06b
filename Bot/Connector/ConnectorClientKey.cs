namespace SupervisionBot.Bot.Connector;

/// <summary>
/// What a connector client is for: the bot's app id (whose credentials sign its requests), the
/// service URL it talks to, and the audience its tokens are issued for. Clients are never
/// shared across any of the three, so a token for one audience never reaches another.
/// </summary>
internal readonly record struct ConnectorClientKey(string? AppId, string ServiceUrl, string? Audience);
