namespace SupervisionBot.Bot.Endpoints;

/// <summary>
/// Which <c>serviceUrl</c> a posted activity may name: the bot sends its replies there, so an
/// address the client chose freely would make the bot post (with its own credentials) wherever
/// it was told. An acceptable address is absolute http(s) on a connector host from
/// <c>SupervisionBot:ConnectorHosts</c> (https only), or on loopback in Development (the Agents
/// Playground and the tests); and, when the request carries a token, exactly the token's
/// <c>serviceurl</c> claim.
/// </summary>
/// <param name="ConnectorHosts">Host names, or <c>*.suffix</c> patterns, that may receive replies.</param>
/// <param name="AllowLoopback">Development: http or https on 127.0.0.1, ::1 or localhost is accepted too.</param>
/// <param name="CheckToken">Authentication is on and the request carries a token, whose claim must then match.</param>
/// <param name="TokenServiceUrl">The token's <c>serviceurl</c> claim (not yet verified: the SDK verifies the token next), or null when it has none.</param>
internal sealed record ServiceUrlPolicy(IReadOnlyList<string> ConnectorHosts, bool AllowLoopback, bool CheckToken = false, string? TokenServiceUrl = null)
{
    /// <summary>The reason to refuse <paramref name="serviceUrl"/>, or null when replies may go there.</summary>
    public string? Refusal(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return "serviceUrl is not an absolute address";
        }

        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            return "serviceUrl is not http(s)";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "serviceUrl carries credentials";
        }

        var loopback = AllowLoopback && IsLoopback(uri);
        if (!loopback && !(uri.Scheme == Uri.UriSchemeHttps && IsConnectorHost(uri.IdnHost)))
        {
            return "serviceUrl is not an allowed connector";
        }

        // The SDK compares the claim with the activity's serviceUrl too, but only once it has
        // validated the token; here a mismatch is plain bad input.
        return !CheckToken ? null
            : TokenServiceUrl is null ? "the token names no serviceurl"
            : !string.Equals(TokenServiceUrl, serviceUrl, StringComparison.OrdinalIgnoreCase) ? "serviceUrl is not the one the token names"
            : null;
    }

    private bool IsConnectorHost(string host)
    {
        foreach (var allowed in ConnectorHosts)
        {
            var matches = allowed.StartsWith("*.", StringComparison.Ordinal)
                ? host.EndsWith(allowed[1..], StringComparison.OrdinalIgnoreCase) && host.Length > allowed.Length - 1
                : host.Equals(allowed, StringComparison.OrdinalIgnoreCase);
            if (matches)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLoopback(Uri uri) => uri.IsLoopback;
}
