using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Tests.Storage;

public sealed class LocalFolderStateStorageTests : StateStorageContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("state-").FullName;

    protected override IStorage CreateStorage() =>
        new LocalFolderStateStorage(_folder, Pseudonymizer, TimeProvider.System, NullLogger<LocalFolderStateStorage>.Instance);

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
    public async Task Write_LeavesNoTemporaryFilesBehind()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { [ConversationKey] = new Note() }, CancellationToken.None);
        await Storage.WriteAsync(new Dictionary<string, object> { [ConversationKey] = new Note { Text = "again" } }, CancellationToken.None);

        var names = await ListStoredNamesAsync();

        Assert.Equal([Pseudonymizer.ForStateKey(ConversationKey) + ".json"], names);
    }
}
