namespace SupervisionBot.Bot.Connector;

/// <summary>
/// Hands the SDK, which asks for the default client, the <see cref="ConnectorHttp"/> client with
/// its retries, leaving the application's default client as it is.
/// </summary>
internal sealed class ConnectorHttpClientFactory(IHttpClientFactory inner) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => inner.CreateClient(ConnectorHttp.ClientName);
}
