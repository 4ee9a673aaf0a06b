using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Hosting;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Cards.Model;
using SupervisionBot.Cards.MyData;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.MyData;

/// <summary>A therapist's rights over their data: list, export, delete one, forget everything.</summary>
internal sealed partial class MyDataHandler(
    IReflectionArchive archive,
    ReflectionCoordinator reflections,
    OpenReflectionStore openReflections,
    FlowCatalog flows,
    ExportLinks links,
    PublicAddress address,
    ILogger<MyDataHandler> logger)
{
    private const int ListLength = 20;

    public async Task<AdaptiveCard> ListAsync(string userKey, CancellationToken cancellationToken)
    {
        var summaries = await archive.ListByAuthorAsync(userKey, ListLength, cancellationToken);
        var items = summaries.Select(Item).ToList();

        // Confirmed but not archived yet (the archive was unreachable, or the bot restarted in
        // between): shown first, as saving, so the list never hides a reflection that is safe.
        if (await openReflections.LoadAsync(userKey, cancellationToken) is { Session: { Status: SessionStatus.Confirmed } waiting }
            && items.TrueForAll(i => i.Id != waiting.Id))
        {
            var document = ReflectionDocument.From(waiting, flows.Get(waiting.FlowId), userKey, group: null, waiting.UpdatedAt);
            items.Insert(0, Item(ReflectionSummary.Of(document)) with { Saving = true });
        }

        return MyDataCards.MyReflections(items);
    }

    public async Task<AdaptiveCard> ExportAsync(string userKey, CancellationToken cancellationToken)
    {
        var count = (await archive.ListByAuthorAsync(userKey, int.MaxValue, cancellationToken)).Count;
        if (count == 0)
        {
            return MyDataCards.NothingToExport();
        }

        var link = new Uri(address.BaseUri, $"export/{await links.IssueAsync(userKey, cancellationToken)}");
        LogExportIssued(logger, count);
        return MyDataCards.Export(link, count, ExportLinks.Lifetime);
    }

    public async Task<AdaptiveCard> AskDeleteAsync(string userKey, string? argument, CancellationToken cancellationToken) =>
        Guid.TryParse(argument, out var id) && await archive.GetAsync(userKey, id, cancellationToken) is { } document
            ? MyDataCards.ConfirmDelete(Item(ReflectionSummary.Of(document)))
            : MyDataCards.NotFound();

    public async Task<AdaptiveCard> DeleteAsync(string userKey, string? argument, CancellationToken cancellationToken)
    {
        var deleted = Guid.TryParse(argument, out var id) && await archive.DeleteAsync(userKey, id, cancellationToken);
        LogDeleted(logger, deleted ? 1 : 0);
        return deleted ? MyDataCards.Deleted() : MyDataCards.NotFound();
    }

    /// <summary>Deletes every saved reflection and anything in progress. The caller clears conversation state.</summary>
    public async Task<AdaptiveCard> ForgetAsync(string userKey, CancellationToken cancellationToken)
    {
        var count = await archive.DeleteAllByAuthorAsync(userKey, cancellationToken);
        await reflections.ForgetAsync(userKey, cancellationToken);
        LogDeleted(logger, count);
        return MyDataCards.Forgotten(count);
    }

    private static ReflectionListItem Item(ReflectionSummary summary) =>
        new(summary.Id, summary.FlowTitle, summary.CaseLabel, SharingWords.Of(summary.Sharing), summary.ConfirmedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Export link issued for {Count} reflections")]
    private static partial void LogExportIssued(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} reflections at the author's request")]
    private static partial void LogDeleted(ILogger logger, int count);
}
