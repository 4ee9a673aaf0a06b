using SupervisionBot.Bot.Archive;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.MyData;

/// <summary><c>GET /export/{token}</c>: the download behind an export card's one-time link.</summary>
internal static partial class ExportEndpoints
{
    public static WebApplication MapExportEndpoints(this WebApplication app)
    {
        app.MapGet("/export/{token}", DownloadAsync);
        return app;
    }

    private static async Task<IResult> DownloadAsync(
        string token,
        ExportLinks links,
        IReflectionArchive archive,
        FlowCatalog flows,
        MyDataHandler myData,
        TimeProvider time,
        ILogger<ExportLinks> logger,
        CancellationToken cancellationToken)
    {
        if (await links.RedeemAsync(token, cancellationToken) is not { } author)
        {
            return Results.Text("This download link has expired or was already used. Ask the bot for a new one with: export", statusCode: StatusCodes.Status404NotFound);
        }

        var documents = new List<ReflectionDocument>();
        await foreach (var document in archive.ListAllByAuthorAsync(author, cancellationToken))
        {
            documents.Add(document);
        }

        LogExported(logger, documents.Count);
        var held = await myData.HeldInGroupsAsync(Scheduling.SupervisionScheduler.Channels[0], author, cancellationToken);
        var markdown = ReflectionExport.Render(documents, flows, time.GetUtcNow(), held);
        return Results.File(System.Text.Encoding.UTF8.GetBytes(markdown), ReflectionExport.ContentType, "supervision-reflections.md");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Export downloaded: {Count} reflections")]
    private static partial void LogExported(ILogger logger, int count);
}
