using System.Diagnostics;
using System.Diagnostics.Metrics;
using SupervisionBot.Anonymisation;

namespace SupervisionBot.Bot.Telemetry;

/// <summary>
/// The bot's own traces and metrics. Every tag is from a small fixed set (a flow id, an activity
/// kind, an identifier type, an outcome): never text, names, Teams ids or pseudonyms, so nothing a
/// therapist wrote or who they are can reach a dashboard. Call sites elsewhere are one line each.
/// </summary>
internal static class BotTelemetry
{
    public const string Name = "SupervisionBot";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Turns = Meter.CreateCounter<long>(
        "supervisionbot.turns", "{turn}", "Turns the bot handled, by activity kind and conversation type.");

    private static readonly Counter<long> ReflectionsStarted = Meter.CreateCounter<long>(
        "supervisionbot.reflections.started", "{reflection}", "Reflections started, by flow.");

    private static readonly Counter<long> ReflectionsConfirmed = Meter.CreateCounter<long>(
        "supervisionbot.reflections.confirmed", "{reflection}", "Reflections confirmed by the therapist, by flow.");

    private static readonly Counter<long> ReflectionsAbandoned = Meter.CreateCounter<long>(
        "supervisionbot.reflections.abandoned", "{reflection}", "Reflections discarded, cancelled or expired, by flow and reason.");

    private static readonly Histogram<double> AnonymiserDuration = Meter.CreateHistogram<double>(
        "supervisionbot.anonymiser.duration", "ms", "Time to anonymise the written answers of one card or one review pass.");

    private static readonly Counter<long> AnonymiserFindings = Meter.CreateCounter<long>(
        "supervisionbot.anonymiser.findings", "{identifier}", "Identifiers the anonymiser replaced, by type (counts only).");

    private static readonly Histogram<double> ArchiveWriteDuration = Meter.CreateHistogram<double>(
        "supervisionbot.archive.write.duration", "ms", "Time to write one confirmed reflection to the archive, by outcome.");

    private static readonly Counter<long> ArchiveRetries = Meter.CreateCounter<long>(
        "supervisionbot.archive.retries", "{retry}", "Background retries of confirmed reflections waiting to be archived, by outcome.");

    private static readonly Counter<long> ConnectorSendFailures = Meter.CreateCounter<long>(
        "supervisionbot.connector.send_failures", "{failure}", "Replies the Bot Framework connector did not accept, by activity kind.");

    private static readonly Counter<long> DigestsSent = Meter.CreateCounter<long>(
        "supervisionbot.digests.sent", "{digest}", "Supervisor digests and group summaries sent, by kind.");

    private static readonly Counter<long> ContactRequestsDelivered = Meter.CreateCounter<long>(
        "supervisionbot.contact_requests.delivered", "{request}", "Requests for supervisor contact, by outcome (delivered, waiting, undeliverable or no-group).");

    private static readonly Counter<long> ContactRequestsAcknowledged = Meter.CreateCounter<long>(
        "supervisionbot.contact_requests.acknowledged", "{answer}", "Supervisors' \"I'll be in touch\" answers, by outcome (told, already-told, refused).");

    private static readonly Counter<long> OnceOnlyRuns = Meter.CreateCounter<long>(
        "supervisionbot.once_only.runs", "{run}", "Cross-instance work (retention sweep, archive retrier): run here, or skipped because another instance holds it.");

    public static void Turn(string kind, string conversationType) =>
        Turns.Add(1, new("activity.kind", kind), new("conversation.type", conversationType));

    public static void ReflectionStarted(string flow) => ReflectionsStarted.Add(1, new KeyValuePair<string, object?>("flow", flow));

    public static void ReflectionConfirmed(string flow) => ReflectionsConfirmed.Add(1, new KeyValuePair<string, object?>("flow", flow));

    public static void ReflectionAbandoned(string flow, string reason) =>
        ReflectionsAbandoned.Add(1, new("flow", flow), new("reason", reason));

    public static void ArchiveWrite(TimeSpan elapsed, string outcome) =>
        ArchiveWriteDuration.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("outcome", outcome));

    public static void ArchiveRetry(string outcome) => ArchiveRetries.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public static void ConnectorSendFailed(string kind) => ConnectorSendFailures.Add(1, new KeyValuePair<string, object?>("activity.kind", kind));

    /// <summary>For the digest sender: one call per digest or group summary actually sent.</summary>
    public static void DigestSent(string kind) => DigestsSent.Add(1, new KeyValuePair<string, object?>("kind", kind));

    /// <summary>For the contact-request sender: one call per request, delivered or not.</summary>
    public static void ContactRequest(string outcome) =>
        ContactRequestsDelivered.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public static void ContactAcknowledged(string outcome) =>
        ContactRequestsAcknowledged.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public static void OnceOnly(string work, bool ranHere) =>
        OnceOnlyRuns.Add(1, new("work", work), new("outcome", ranHere ? "ran" : "skipped"));

    /// <summary>Runs the anonymiser, timing it and counting what it found by type, in a span of its own.</summary>
    public static MemoryAnonymisationResult Anonymise(Func<MemoryAnonymisationResult> anonymise)
    {
        ArgumentNullException.ThrowIfNull(anonymise);
        using var span = Source.StartActivity("anonymise");
        var started = Stopwatch.GetTimestamp();
        var result = anonymise();
        AnonymiserDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        var findings = 0;
        foreach (var group in result.Results.SelectMany(r => r.Spans).GroupBy(s => s.Type))
        {
            var count = group.Count();
            findings += count;
            AnonymiserFindings.Add(count, new KeyValuePair<string, object?>("identifier.type", group.Key.ToString()));
        }

        span?.SetTag("anonymiser.texts", result.Results.Count);
        span?.SetTag("anonymiser.findings", findings);
        return result;
    }
}
