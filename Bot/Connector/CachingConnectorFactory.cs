using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace SupervisionBot.Bot.Connector;

/// <summary>The SDK's connector factory for one app id, answering from the <see cref="ConnectorClientCache"/>.</summary>
internal sealed class CachingConnectorFactory(ConnectorFactory inner, string? appId, ConnectorClientCache cache) : ConnectorFactory
{
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        cache.GetAsync(new ConnectorClientKey(appId, serviceUrl, audience), () => inner.CreateAsync(serviceUrl, audience, cancellationToken));
}
