using System.Diagnostics;
using SupervisionBot.Bot.Archive;

namespace SupervisionBot.Bot.Telemetry;

/// <summary>
/// Times every archive write, whichever backend is in use, and records its outcome (created,
/// already stored, failed) in a span and a histogram. Everything else passes straight through.
/// </summary>
internal sealed class InstrumentedReflectionArchive(IReflectionArchive inner, TimeProvider time) : ForwardingReflectionArchive(inner)
{
    public override async Task<ArchiveSaveResult> SaveAsync(ReflectionDocument document, CancellationToken cancellationToken)
    {
        using var span = BotTelemetry.Source.StartActivity("archive.save");
        var started = time.GetTimestamp();
        try
        {
            var result = await base.SaveAsync(document, cancellationToken).ConfigureAwait(false);
            var outcome = result == ArchiveSaveResult.Created ? "created" : "already_stored";
            span?.SetTag("archive.outcome", outcome);
            BotTelemetry.ArchiveWrite(time.GetElapsedTime(started), outcome);
            return result;
        }
        catch (Exception exception)
        {
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            BotTelemetry.ArchiveWrite(time.GetElapsedTime(started), "failed");
            throw;
        }
    }
}
