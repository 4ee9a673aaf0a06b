using Microsoft.Extensions.Logging.Abstractions;
using SupervisionBot.Anonymisation;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>A real coordinator over real parts; a test names only the parts it cares about.</summary>
internal static class TestCoordinator
{
    /// <summary>A pseudonym as the bot makes them: lower-case hex.</summary>
    public const string User = "0123456789abcdef0123456789abcdef";

    public static ReflectionCoordinator Create(
        ISessionStore storage,
        string pseudonymKey,
        TimeProvider time,
        IReflectionArchive? archive = null,
        PendingArchiveQueue? queue = null,
        Anonymiser? anonymiser = null,
        string? archiveFolder = null,
        Microsoft.Extensions.Logging.ILogger<ReflectionCoordinator>? logger = null) =>
        new(
            new ReflectionEngine(FlowCatalog.Standard),
            FlowCatalog.Standard,
            new OpenReflectionStore(storage),
            new SubmissionRedactor(anonymiser ?? new Anonymiser(), TestPseudonyms.Create(pseudonymKey)),
            archive ?? new LocalFolderReflectionArchive(archiveFolder ?? throw new ArgumentException("Give an archive or a folder for one.", nameof(archiveFolder)), time, NullLogger<LocalFolderReflectionArchive>.Instance),
            queue ?? new PendingArchiveQueue(new InMemoryPendingArchiveMarkers(), time, NullLogger<PendingArchiveQueue>.Instance),
            time,
            new ReflectionSettings(),
            logger ?? NullLogger<ReflectionCoordinator>.Instance);
}
