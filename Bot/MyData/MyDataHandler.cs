using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Contact;
using SupervisionBot.Bot.Groups;
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
    PersonErasure erasure,
    IGroupDirectory groups,
    ContactRequests contactRequests,
    ILogger<MyDataHandler> logger)
{
    private const int ListLength = 20;

    /// <summary>The person's saved reflections, newest first, and what their groups hold about them.</summary>
    public async Task<AdaptiveCard> ListAsync(string channelId, string userKey, CancellationToken cancellationToken)
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

        return MyDataCards.MyReflections(items, await HeldInGroupsAsync(channelId, userKey, cancellationToken));
    }

    /// <summary>What the supervisor side holds about the person: their groups and role, their requests for contact.</summary>
    public async Task<HeldInGroups> HeldInGroupsAsync(string channelId, string userKey, CancellationToken cancellationToken)
    {
        var memberships = await groups.GroupsOfAsync(channelId, userKey, cancellationToken);
        var requests = await contactRequests.HeldForAsync(channelId, userKey, cancellationToken);
        return new HeldInGroups(
            [.. memberships.Select(m => (m.Group.Settings.Name, m.Role))],
            [.. requests.Select(r => new HeldRequest(r.CaseLabel, r.GroupName, r.Answered))]);
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

    /// <summary>
    /// Deletes everything held about the person: first what the supervisor half holds (which
    /// needs their reflections to find their words in past digests), then every saved reflection
    /// and anything in progress. The caller clears conversation state.
    /// </summary>
    /// <param name="channelId">The channel their data is kept under.</param>
    /// <param name="userKey">Their pseudonym.</param>
    /// <param name="addresses">Their Teams user id and 1:1 chat id, from the turn.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<AdaptiveCard> ForgetAsync(string channelId, string userKey, IReadOnlySet<string> addresses, CancellationToken cancellationToken)
    {
        await erasure.ForgetAsync(channelId, userKey, addresses, cancellationToken);
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
