using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Tests.Bot.Storage;

public sealed class LocalFolderSessionStoreTests : SessionStoreContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("state-").FullName;

    private protected override ISessionStore CreateStore() =>
        new LocalFolderSessionStore(_folder, Pseudonymizer, TimeProvider.System, NullLogger<LocalFolderSessionStore>.Instance);

    protected override Task<IReadOnlyList<string>> ListStoredNamesAsync() =>
        Task.FromResult<IReadOnlyList<string>>(
            [.. Directory.EnumerateFileSystemEntries(_folder, "*", SearchOption.AllDirectories).Select(Path.GetFileName)!]);

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
    public async Task Put_LeavesNoTemporaryFilesBehind()
    {
        await Store.PutAsync(ConversationKey, new Note(), ifMatch: null, CancellationToken.None);
        await Store.PutAsync(ConversationKey, new Note("again"), StoreETags.Any, CancellationToken.None);

        var names = await ListStoredNamesAsync();

        Assert.Equal([Pseudonymizer.ForStateKey(ConversationKeyName) + ".json"], names);
    }
}
