using System.Diagnostics.CodeAnalysis;
using Microsoft.Bot.Connector;
using Microsoft.Rest;

namespace SupervisionBot.Bot.Connector;

/// <summary>
/// A <see cref="ConnectorClient"/> shared by every turn for one service URL, app and audience, so
/// its Newtonsoft serializer settings (and the contracts they resolve) are built once rather than
/// on every reply. The adapter disposes its connector client at the end of each turn; for this one
/// that does nothing. Its <see cref="HttpClient"/> comes from the HttpClient factory, which
/// retires the handler underneath once no client refers to it, so nothing needs disposing when
/// the cache lets go of it.
/// </summary>
internal sealed class ReusableConnectorClient(Uri baseUri, ServiceClientCredentials credentials, HttpClient httpClient)
    : ConnectorClient(baseUri, credentials, httpClient, disposeHttpClient: false)
{
    [SuppressMessage("Usage", "CA2215:Dispose methods should call base class dispose", Justification = "Shared across turns; the base would clear it for every later turn.")]
    protected override void Dispose(bool disposing)
    {
        // Shared across turns: the end of one turn must not close it for the others.
    }
}
