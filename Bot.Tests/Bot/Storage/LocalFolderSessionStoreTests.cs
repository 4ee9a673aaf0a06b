using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Tests.Bot.Storage;

public sealed class LocalFolderSessionStoreTests : SessionStoreContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("state-").FullName;

    private protected override ISessionStore CreateStore() =>
        new LocalFolderSessionStore(_folder, Pseudonymizer, TimeProvider.System, NullLogger<LocalFolderSessionStore>.Instance);

    // An empty spare beside a document holds nothing; one with anything in it is listed (and counted).
    protected override Task<IReadOnlyList<string>> ListStoredNamesAsync() =>
        Task.FromResult<IReadOnlyList<string>>(
            [.. Directory.EnumerateFileSystemEntries(_folder, "*", SearchOption.AllDirectories)
                .Where(path => !(path.EndsWith(LocalFolderSessionStore.SpareSuffix, StringComparison.Ordinal) && new FileInfo(path).Length == 0))
                .Select(Path.GetFileName)!]);

    protected override async Task<string> ReadAllStoredTextAsync()
    {
        var text = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories))
        {
            text.AppendLine(await File.ReadAllTextAsync(file));
        }

        return text.ToString();
    }

    protected override Task PlantRawItemAsync(string key, string json) =>
        File.WriteAllTextAsync(Path.Combine(_folder, Pseudonymizer.ForStateKey(key) + ".json"), "planted\n" + json);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Put_LeavesTheDocument_AndAtMostAnEmptySpare()
    {
        await Store.PutAsync(ConversationKey, new Note(), ifMatch: null, CancellationToken.None);
        await Store.PutAsync(ConversationKey, new Note("again"), StoreETags.Any, CancellationToken.None);

        var document = Pseudonymizer.ForStateKey(ConversationKeyName) + ".json";
        var files = Directory.EnumerateFiles(_folder).Select(path => new FileInfo(path)).ToList();

        Assert.Contains(files, file => file.Name == document);
        Assert.All(files.Where(file => file.Name != document), file =>
        {
            Assert.Equal(document + LocalFolderSessionStore.SpareSuffix, file.Name);
            Assert.Equal(0, file.Length);
        });
    }

    [Fact]
    public async Task Put_ReplacingADocument_LeavesNoEarlierVersionOnDisk()
    {
        // Words hidden on the review, an answer changed: a replaced version must not linger in a spare.
        await Store.PutAsync(UserKey, new Note("first version, the bluebell group"), ifMatch: null, CancellationToken.None);
        await Store.PutAsync(UserKey, new Note("second version, the [HIDDEN] group"), StoreETags.Any, CancellationToken.None);
        await Store.PutAsync(UserKey, new Note("third"), StoreETags.Any, CancellationToken.None);

        var everything = string.Concat(Directory.EnumerateFiles(_folder).Select(File.ReadAllText));

        Assert.DoesNotContain("bluebell", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("second version", everything, StringComparison.Ordinal);
        Assert.Equal("third", (await Store.GetAsync(UserKey, CancellationToken.None))!.Value.Text);
    }

    [Fact]
    public async Task Delete_LeavesNoFileOfTheDocumentBehind()
    {
        await Store.PutAsync(UserKey, new Note("one"), ifMatch: null, CancellationToken.None);
        await Store.PutAsync(UserKey, new Note("two"), StoreETags.Any, CancellationToken.None);

        await Store.DeleteAsync(UserKey, CancellationToken.None);

        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Theory]
    [InlineData(8)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(200)]
    public async Task Put_ChecksAnETagLineOfAnyLength_ReadingOnlyWhatItNeeds(int length)
    {
        // A conditional write reads the stored ETag line only, and the long way when it is longer than this store writes.
        var etag = new string('e', length);
        await File.WriteAllTextAsync(Path.Combine(_folder, Pseudonymizer.ForStateKey(UserKeyName) + ".json"), etag + "\n{\"Text\":\"v1\"}");

        Assert.IsType<PutResult.Conflict>(await Store.PutAsync(UserKey, new Note("v2"), etag[1..], CancellationToken.None));
        Assert.IsType<PutResult.Conflict>(await Store.PutAsync(UserKey, new Note("v2"), ifMatch: null, CancellationToken.None));
        Assert.Equal("v1", (await Store.GetAsync(UserKey, CancellationToken.None))!.Value.Text);

        Assert.IsType<PutResult.Saved>(await Store.PutAsync(UserKey, new Note("v2"), etag, CancellationToken.None));
        Assert.Equal("v2", (await Store.GetAsync(UserKey, CancellationToken.None))!.Value.Text);
    }

    [Fact]
    public async Task Put_OnAFileWithNoETagLine_IsRefusedAsDamaged()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, Pseudonymizer.ForStateKey(UserKeyName) + ".json"), new string('x', 300));

        await Assert.ThrowsAsync<InvalidDataException>(() => Store.PutAsync(UserKey, new Note("v2"), "x", CancellationToken.None));
    }
}
