using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Bot.Telemetry;
using SupervisionBot.Bot.Tests.Bot.Coordination;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Reflection;

namespace SupervisionBot.Bot.Tests.Bot.Telemetry;

/// <summary>The failure signals an operator watches: replies the connector refused, and archive retries.</summary>
[Collection(TelemetryRunsAlone.Name)]
public sealed class BotMetricsTests
{
    [Fact]
    public async Task AReplyTheConnectorCannotTake_IsCountedAsASendFailure()
    {
        var metrics = new List<MetricSnapshot>();
        await using var host = await BotTestHost.StartAsync(factory => factory.WithServices(services =>
            services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics))));

        // Nothing listens on port 1: the reply, and then the apology, both fail to send.
        try
        {
            await host.PostAsync(TeamsActivities.Message(new Uri("http://127.0.0.1:1/"), "help"));
        }
        catch (HttpRequestException)
        {
            // The test server may surface the turn's own failure; the count is what matters here.
        }

        host.Factory.Services.GetRequiredService<MeterProvider>().ForceFlush();
        Assert.True(Sum(metrics, "supervisionbot.connector.send_failures") >= 1);
        Assert.Equal(1, Sum(metrics, "supervisionbot.turns", ("activity.kind", "message")));
    }

    [Fact]
    public async Task ArchiveRetries_AreCountedByOutcome()
    {
        var metrics = new List<MetricSnapshot>();
        CountingArchive? archive = null;
        await using var host = await BotTestHost.StartAsync(factory => factory.WithServices(services =>
        {
            services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
            var registered = services.Last(d => d.ServiceType == typeof(IReflectionArchive));
            services.Remove(registered);
            services.AddSingleton<IReflectionArchive>(sp => archive = new CountingArchive((IReflectionArchive)registered.ImplementationFactory!(sp)));
        }));
        var retrier = host.Factory.Services.GetServices<IHostedService>().OfType<PendingArchiveRetrier>().Single();

        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "quick"));
        var card = host.SentCards()[^1];
        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Next, new Dictionary<string, string> { ["howTheWorkSits"] = "4" });
        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Skip);
        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Next, new Dictionary<string, string> { ["sharing"] = "private" });
        archive!.Down = true;
        await CardPresses.InvokeAsync(host, card, ReflectionVerbs.Confirm);
        await retrier.RetryAllAsync(default);
        archive.Down = false;
        await retrier.RetryAllAsync(default);

        host.Factory.Services.GetRequiredService<MeterProvider>().ForceFlush();
        Assert.Equal(1, Sum(metrics, "supervisionbot.archive.retries", ("outcome", "unchanged")));
        Assert.Equal(1, Sum(metrics, "supervisionbot.archive.retries", ("outcome", "saved")));
        Assert.Equal(1, archive.Saves);
    }

    [Fact]
    public void ConnectorUrls_LoseConversationIdsTokensAndQueries()
    {
        Assert.Equal(
            "https://smba.trafficmanager.net/{id}/v3/conversations/{id}/activities/{id}",
            PrivacyScrubber.ScrubUrl("https://smba.trafficmanager.net/emea/v3/conversations/a%3A1xYz-personal/activities/1700000000000?x=secret"));
        Assert.Equal("/export/{id}", PrivacyScrubber.ScrubPath("/export/" + new string('a', 64)));
        Assert.Equal("/api/messages", PrivacyScrubber.ScrubPath("/api/messages"));
    }

    private static long Sum(List<MetricSnapshot> metrics, string name, (string Key, string Value)? tag = null)
    {
        var last = metrics.LastOrDefault(m => m.Name == name);
        if (last is null)
        {
            return 0;
        }

        long sum = 0;
        foreach (var point in last.MetricPoints)
        {
            var matches = tag is null;
            foreach (var (key, value) in point.Tags)
            {
                matches |= tag is { } t && key == t.Key && (string?)value == t.Value;
            }

            if (matches)
            {
                sum += point.GetSumLong();
            }
        }

        return sum;
    }
}
