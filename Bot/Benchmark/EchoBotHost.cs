using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SupervisionBot.Bot.Hosting;

namespace SupervisionBot.Bot.Benchmark;

/// <summary>
/// The baseline: the SDK's own <see cref="CloudAdapter"/> with <see cref="EchoBot"/>, set up as
/// the SDK's samples do (configuration authentication, the default HttpClient factory), on a
/// loopback port, unauthenticated like the bot it is compared with.
/// </summary>
internal static class EchoBotHost
{
    public static async Task<(WebApplication App, Uri Endpoint)> StartAsync()
    {
        // No configuration file watcher: its content root may hold the folder the bot writes to.
        var builder = WebApplication.CreateSlimBuilder(["--" + BotApplication.NoConfigurationReload]);
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = string.Empty,
            ["MicrosoftAppPassword"] = string.Empty,
        });
        builder.Services.AddHttpClient();
        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
            sp.GetRequiredService<IConfiguration>(), httpClientFactory: sp.GetRequiredService<IHttpClientFactory>()));
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>()));
        builder.Services.AddSingleton<IBot, EchoBot>();
        var app = builder.Build();
        app.MapPost("/api/messages", (HttpContext context, IBotFrameworkHttpAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(new Uri(address.TrimEnd('/') + "/"), "api/messages"));
    }
}
