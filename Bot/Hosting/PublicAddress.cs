using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace SupervisionBot.Bot.Hosting;

/// <summary>
/// Where the bot is reachable, for links it hands out: <c>SupervisionBot:PublicBaseUrl</c>
/// (required outside Development), or else the address the server is bound to. Never a
/// request's <c>Host</c> or <c>X-Forwarded-Host</c>, which the client chooses.
/// </summary>
internal sealed class PublicAddress(IOptions<SupervisionBotOptions> options, IServer server)
{
    private static readonly Uri Unbound = new("http://localhost/");

    /// <summary>The base address, ending in a slash so relative links keep its path.</summary>
    public Uri BaseUri => WithTrailingSlash(options.Value.PublicBaseUrl ?? Bound());

    private Uri Bound()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return Unbound; // The in-memory test server is bound to no address.
        }

        var binding = BindingAddress.Parse(address);
        var host = binding.Host is "+" or "*" or "0.0.0.0" or "[::]" ? "localhost" : binding.Host;
        return new UriBuilder(binding.Scheme, host, binding.Port, binding.PathBase).Uri;
    }

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsolutePath.EndsWith('/') ? uri : new UriBuilder(uri) { Path = uri.AbsolutePath + "/" }.Uri;
}
