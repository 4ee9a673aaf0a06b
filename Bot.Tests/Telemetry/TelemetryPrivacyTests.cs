using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Reflection;

namespace SupervisionBot.Bot.Tests.Telemetry;

/// <summary>
/// Everything the bot's OpenTelemetry pipeline would export during a full session reflection,
/// caught with the in-memory exporter: a declared client name, a phone number, a date, the
/// answers' own words and the person's Teams ids appear in no span, log record or metric.
/// </summary>
[Collection(TelemetryRunsAlone.Name)]
public sealed class TelemetryPrivacyTests
{
    private const string Declared = "Samantha Okafor";
    private const string Held = "Samantha's mum rang me on 07700 900123 before our session on 14 March; Sammy seemed unsettled.";
    private const string Frame = "We ran over because Okafor family news arrived at the door.";
    private const string Question = "How do I hold Samantha when her mother calls me?";
    private const string Label = "Case K7";

    /// <summary>What must never leave the process: identifiers, answer text, and raw Teams ids (also URL-encoded).</summary>
    private static readonly string[] Forbidden =
    [
        "Samantha", "Okafor", "Sammy", "07700 900123", "07700900123", "900123", "14 March",
        "mum rang me", "ran over because", "her mother calls", Label,
        TeamsActivities.UserId, "therapist-1", "11111111-1111-1111-1111-111111111111",
        "a:personal-1", "personal-1", TeamsActivities.TenantId, "Therapist One",
    ];

    [Fact]
    public async Task AFullReflection_LeavesNoIdentifierOrAnswerTextInAnySpanLogOrMetric()
    {
        var spans = new List<Activity>();
        var logs = new List<LogRecord>();
        var metrics = new List<MetricSnapshot>();
        await using var host = await BotTestHost.StartAsync(factory => factory.WithServices(services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
            services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
            services.ConfigureOpenTelemetryLoggerProvider(logging => logging.AddInMemoryExporter(logs));
        }));

        await ReflectAsync(host);
        var token = await ExportAndDownloadAsync(host);
        Flush(host.Factory.Services);

        var exported = Everything(spans, logs, metrics);
        foreach (var forbidden in Forbidden.Append(token))
        {
            var leak = exported.FirstOrDefault(line => line.Contains(forbidden, StringComparison.OrdinalIgnoreCase));
            Assert.True(leak is null, $"'{forbidden}' reached telemetry: {leak}");
        }

        // The pipeline really carried the journey: the checks above looked at something.
        Assert.Contains(spans, s => s.DisplayName == "turn card_action");
        Assert.Contains(spans, s => s.DisplayName == "anonymise" && (int)s.GetTagItem("anonymiser.findings")! > 0);
        Assert.Contains(spans, s => s.DisplayName == "archive.save" && (string?)s.GetTagItem("archive.outcome") == "created");
        Assert.Contains(spans, s => s.Kind == ActivityKind.Client && ((string?)s.GetTagItem("url.full"))?.Contains("/v3/conversations/{id}/activities", StringComparison.Ordinal) == true);
        Assert.Contains(spans, s => s.Kind == ActivityKind.Server && (string?)s.GetTagItem("url.path") == "/export/{id}");
        Assert.NotEmpty(logs);
        Assert.Equal(1, Sum(metrics, "supervisionbot.reflections.started"));
        Assert.Equal(1, Sum(metrics, "supervisionbot.reflections.confirmed"));
        Assert.True(Sum(metrics, "supervisionbot.turns") >= 9);
        Assert.True(Sum(metrics, "supervisionbot.anonymiser.findings", ("identifier.type", "Phone")) >= 1);
        Assert.True(Sum(metrics, "supervisionbot.anonymiser.findings", ("identifier.type", "Date")) >= 1);
        Assert.True(Sum(metrics, "supervisionbot.anonymiser.findings", ("identifier.type", "Client")) >= 1);
        Assert.Contains(metrics, m => m.Name == "supervisionbot.archive.write.duration");
        Assert.Contains(metrics, m => m.Name == "supervisionbot.anonymiser.duration");
    }

    private static async Task ReflectAsync(BotTestHost host)
    {
        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "reflect"));
        var card = host.SentCards()[^1];
        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Next, new Dictionary<string, string>
        {
            ["caseLabel"] = Label,
            ["phase"] = "beginning",
            ["clientFirstName"] = Declared,
        });
        Assert.Equal("Feeling safe and held", BotTestHost.Heading(card));
        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Next, new Dictionary<string, string>
        {
            ["howHeld"] = "3",
            ["heldHelpedOrHindered"] = Held,
            ["frameHeld"] = "stretched",
            ["frameNotes"] = Frame,
        });

        // Risk, the here and now, the relationship, talking about us, and you: skipped.
        Assert.Equal("Risk", BotTestHost.Heading(card));
        for (var skipped = 0; skipped < 5; skipped++)
        {
            card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Skip);
        }

        Assert.Equal("For supervision", BotTestHost.Heading(card));
        card = await CardPresses.PressAsync(host, card, ReflectionVerbs.Next, new Dictionary<string, string>
        {
            ["questionForSupervision"] = Question,
            ["sharing"] = "supervisor",
        });
        Assert.Equal("Check your reflection", BotTestHost.Heading(card));
        Assert.Contains("[PHONE]", BotTestHost.Text(card), StringComparison.Ordinal);
        var confirmed = await CardPresses.PressAsync(host, card, ReflectionVerbs.Confirm);
        Assert.Equal("Thank you, your reflection is saved", BotTestHost.Heading(confirmed));
    }

    private static async Task<string> ExportAndDownloadAsync(BotTestHost host)
    {
        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "export"));
        var link = new Uri((string)CardPresses.Buttons(host.SentCards()[^1]).Single(b => (string?)b["type"] == "Action.OpenUrl")["url"]!);
        var download = await host.Client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        return link.Segments[^1];
    }

    private static void Flush(IServiceProvider services)
    {
        Assert.True(services.GetRequiredService<TracerProvider>().ForceFlush());
        Assert.True(services.GetRequiredService<MeterProvider>().ForceFlush());
        Assert.True(services.GetRequiredService<LoggerProvider>().ForceFlush());
    }

    /// <summary>Every exported string: names, tags, events, statuses, log bodies, attributes, exceptions, metric tags.</summary>
    private static List<string> Everything(List<Activity> spans, List<LogRecord> logs, List<MetricSnapshot> metrics)
    {
        var lines = new List<string>();
        foreach (var span in spans)
        {
            var text = new StringBuilder($"span {span.Source.Name} {span.DisplayName} {span.OperationName} {span.StatusDescription}");
            foreach (var (key, value) in span.TagObjects)
            {
                text.Append($" {key}={value}");
            }

            foreach (var spanEvent in span.Events)
            {
                text.Append($" event {spanEvent.Name}");
                foreach (var (key, value) in spanEvent.Tags)
                {
                    text.Append($" {key}={value}");
                }
            }

            foreach (var (key, value) in span.Baggage)
            {
                text.Append($" baggage {key}={value}");
            }

            lines.Add(text.ToString());
        }

        foreach (var log in logs)
        {
            var text = new StringBuilder($"log {log.CategoryName} {log.EventId.Name} {log.Body} {log.FormattedMessage} {log.Exception}");
            foreach (var (key, value) in log.Attributes ?? [])
            {
                text.Append($" {key}={value}");
            }

            log.ForEachScope((scope, builder) =>
            {
                foreach (var (key, value) in scope)
                {
                    builder.Append($" scope {key}={value}");
                }
            }, text);
            lines.Add(text.ToString());
        }

        foreach (var metric in metrics)
        {
            foreach (var point in metric.MetricPoints)
            {
                var text = new StringBuilder($"metric {metric.MeterName} {metric.Name}");
                foreach (var (key, value) in point.Tags)
                {
                    text.Append($" {key}={value}");
                }

                lines.Add(text.ToString());
            }
        }

        return lines;
    }

    private static long Sum(List<MetricSnapshot> metrics, string name, (string Key, string Value)? tag = null)
    {
        // Cumulative temporality: the last snapshot of an instrument holds its totals.
        var last = metrics.LastOrDefault(m => m.Name == name);
        if (last is null)
        {
            return 0;
        }

        long sum = 0;
        foreach (var point in last.MetricPoints)
        {
            var matches = tag is not { } wanted;
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
