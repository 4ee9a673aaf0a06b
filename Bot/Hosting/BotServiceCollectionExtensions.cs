using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Connector;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Bot.Routing;
using SupervisionBot.Bot.Teams;
using SupervisionBot.Bot.Telemetry;

namespace SupervisionBot.Bot.Hosting;

internal static class BotServiceCollectionExtensions
{
    /// <summary>Settings, validated when the host starts rather than on the first request.</summary>
    public static IServiceCollection AddBotOptions(this IServiceCollection services, IConfiguration configuration)
    {
        // The SDK reads MicrosoftApp* from the configuration root, so they are bound from there too.
        services.AddOptions<BotAuthenticationOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>();

        services.AddOptions<SupervisionBotOptions>()
            .Bind(configuration.GetSection(SupervisionBotOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SupervisionBotOptions>, SupervisionBotOptionsValidator>();
        return services;
    }

    /// <summary>The Bot Framework edge: authentication, adapter, the route table and the Teams bot.</summary>
    public static IServiceCollection AddTeamsBot(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddHttpClient();
        services.AddConnectorHttpClient();
        services.AddSingleton<ConnectorClientCache>();
        services.AddSingleton<BotFrameworkAuthentication>(sp => new CachingBotFrameworkAuthentication(
            new ConfigurationBotFrameworkAuthentication(
                sp.GetRequiredService<IConfiguration>(),
                credentialsFactory: sp.GetService<ServiceClientCredentialsFactory>(),
                httpClientFactory: new ConnectorHttpClientFactory(sp.GetRequiredService<IHttpClientFactory>()),
                logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
            sp.GetRequiredService<ConnectorClientCache>()));

        // CloudAdapter has two public constructors that DI finds ambiguous: build it explicitly.
        services.AddSingleton(sp => (SupervisionBotAdapter)new SupervisionBotAdapter(
            sp.GetRequiredService<BotFrameworkAuthentication>(),
            sp.GetRequiredService<ILogger<SupervisionBotAdapter>>())
            .Use(sp.GetRequiredService<TurnTelemetry>())
            .Use(new ReflectionReadsPerTurn()));
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<SupervisionBotAdapter>());

        services.AddSingleton<ConversationRecords>();
        services.AddSingleton<RouteTable>();
        services.AddSingleton<Contact.ContactRequests>();
        services.AddSingleton<Proactive.IProactiveFollowUp>(sp => sp.GetRequiredService<Contact.ContactRequests>());
        services.AddSingleton<GroupStore>();
        services.AddSingleton<GroupDirectory>();
        services.AddSingleton<IGroupDirectory>(sp => sp.GetRequiredService<GroupDirectory>());
        services.AddSingleton<ConversationMembers>();
        services.AddSingleton<GroupCommands>();
        services.AddSingleton<GroupMembershipEvents>();
        services.AddOptions<MemberWorkOptions>().BindConfiguration(MemberWorkOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MemberWorkQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<MemberWorkQueue>());
        services.TryAddSingleton<IRoleResolver, GroupRoleResolver>();
        services.AddSingleton<Router>();
        services.AddTransient<IBot, SupervisionTeamsBot>();
        services.AddHealthChecks();
        return services;
    }
}
