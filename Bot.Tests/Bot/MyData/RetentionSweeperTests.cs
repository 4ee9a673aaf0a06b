using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Coordination;
using SupervisionBot.Bot.MyData;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Bot.MyData;

public sealed class RetentionSweeperTests : IDisposable
{
    private const string Author = "0123456789abcdef0123456789abcdef";

    private readonly string _folder = Directory.CreateTempSubdirectory("retention-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Sweep_DeletesReflectionsOlderThanTheRetentionPeriod_AndKeepsTheRest()
    {
        var archive = new LocalFolderReflectionArchive(_folder, _time, NullLogger<LocalFolderReflectionArchive>.Instance);
        await archive.SaveAsync(Confirmed(_time.GetUtcNow().AddDays(-731)), default);
        await archive.SaveAsync(Confirmed(_time.GetUtcNow().AddDays(-729)), default);
        var sweeper = new RetentionSweeper(archive, new LocalFolderWorkLeases(_folder), Options.Create(new RetentionSettings()), _time, NullLogger<RetentionSweeper>.Instance);

        var deleted = await sweeper.SweepAsync(default);

        Assert.Equal(1, deleted);
        var left = Assert.Single(await archive.ListByAuthorAsync(Author, 10, default));
        Assert.Equal(_time.GetUtcNow().AddDays(-729), left.ConfirmedAt);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static ReflectionDocument Confirmed(DateTimeOffset at) => ArchiveDocuments.ConfirmedQuickCheckIn(Author, at);
}
