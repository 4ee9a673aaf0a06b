using Microsoft.Extensions.Logging.Abstractions;
using SupervisionBot.Bot.Archive;
using static SupervisionBot.Bot.Tests.Infrastructure.ArchiveDocuments;

namespace SupervisionBot.Bot.Tests.Bot.Archive;

public sealed class LocalFolderReflectionArchiveTests : ReflectionArchiveContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reflections-").FullName;

    private protected override IReflectionArchive CreateArchive() =>
        new LocalFolderReflectionArchive(_folder, TimeProvider.System, NullLogger<LocalFolderReflectionArchive>.Instance);

    protected override Task<IReadOnlyList<string>> ListStoredNamesAsync() =>
        Task.FromResult<IReadOnlyList<string>>(
        [
            .. Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(_folder, path).Replace(Path.DirectorySeparatorChar, '/')),
        ]);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task SaveAsync_LeavesOnlyTheDocumentAndItsGroupMarker()
    {
        var document = Document(Alice, new DateTimeOffset(2026, 3, 31, 23, 30, 0, TimeSpan.FromHours(-2)), ReflectionSharing.Group, Group);

        await Archive.SaveAsync(document, CancellationToken.None);
        await Archive.SaveAsync(document, CancellationToken.None);

        // The month is the UTC one: 23:30 at UTC-2 on 31 March is April in UTC.
        Assert.Equal(
            new[] { $"authors/{Alice}/{document.Id:D}.json", $"groups/{Group}/2026-04/{Alice}.{document.Id:D}" }.Order(),
            (await ListStoredNamesAsync()).Order());
    }

    [Fact]
    public async Task SaveAsync_DocumentStoredButMarkerLost_SavingAgainRepairsTheIndex()
    {
        // As after a crash between writing the document and its marker.
        var document = Document(Alice, March1, ReflectionSharing.Group, Group);
        await Archive.SaveAsync(document, CancellationToken.None);
        Directory.Delete(Path.Combine(_folder, "groups"), recursive: true);
        var withoutMarker = await ToListAsync(Archive.ListSharedWithGroupAsync(Group, March1, March1.AddDays(1), CancellationToken.None));

        var result = await Archive.SaveAsync(document, CancellationToken.None);
        var shared = await ToListAsync(Archive.ListSharedWithGroupAsync(Group, March1, March1.AddDays(1), CancellationToken.None));

        // Unlisted without its marker (the listing reads the index, not every document), listed once repaired.
        Assert.Empty(withoutMarker);
        Assert.Equal(ArchiveSaveResult.AlreadyStored, result);
        Assert.Equal([document], shared);
    }

    [Fact]
    public async Task DeleteAllByAuthorAsync_LeavesNoFolderNamedByTheAuthor()
    {
        await Archive.SaveAsync(Document(Alice, March1, ReflectionSharing.Group, Group), CancellationToken.None);

        await Archive.DeleteAllByAuthorAsync(Alice, CancellationToken.None);

        Assert.DoesNotContain(
            Directory.EnumerateFileSystemEntries(_folder, "*", SearchOption.AllDirectories),
            path => path.Contains(Alice, StringComparison.Ordinal));
    }
}
