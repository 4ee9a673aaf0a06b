using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SupervisionBot.Anonymisation;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>
/// What a coordinator test over real local-folder storage starts from: its own folder, a pseudonym
/// key and a fake clock. Every storage instance it makes is disposed, and the folder deleted, with it.
/// </summary>
internal sealed class CoordinatorRig(string name) : IDisposable
{
    private readonly List<LocalFolderSessionStore> _stores = [];

    public string Folder { get; } = Directory.CreateTempSubdirectory(name + "-").FullName;

    public string Key { get; } = TestPseudonyms.NewKey();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>A new storage instance over the rig's folder, as a new process would open it.</summary>
    public LocalFolderSessionStore NewStorage()
    {
        var storage = new LocalFolderSessionStore(Folder, TestPseudonyms.Create(Key), Time, NullLogger<LocalFolderSessionStore>.Instance);
        _stores.Add(storage);
        return storage;
    }

    /// <summary>A real coordinator over the given storage, archiving into the rig's folder.</summary>
    public ReflectionCoordinator Coordinator(ISessionStore storage, Anonymiser? anonymiser = null, ILogger<ReflectionCoordinator>? logger = null) =>
        TestCoordinator.Create(storage, Key, Time, anonymiser: anonymiser, archiveFolder: Path.Combine(Folder, "archive"), logger: logger);

    public void Dispose()
    {
        _stores.ForEach(store => store.Dispose());
        Directory.Delete(Folder, recursive: true);
    }
}
