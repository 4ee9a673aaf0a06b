using SupervisionBot.Bot.Archive;
using static SupervisionBot.Bot.Tests.Infrastructure.ArchiveDocuments;

namespace SupervisionBot.Bot.Tests.Bot.Archive;

/// <summary>
/// What every reflection archive must do, run against each implementation by a derived class.
/// Authors and groups are pseudonyms of realistic Teams ids, because the point is that those ids
/// never reach a blob or file name.
/// </summary>
public abstract class ReflectionArchiveContractTests : IAsyncLifetime
{
    private IReflectionArchive? _archive;

    private protected IReflectionArchive Archive => _archive ??= CreateArchive();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A new archive over the same container or folder, as after a process restart.</summary>
    private protected abstract IReflectionArchive CreateArchive();

    /// <summary>Every name the archive has put in its container or folder, relative to it, with '/' between parts.</summary>
    protected abstract Task<IReadOnlyList<string>> ListStoredNamesAsync();

    [Fact]
    public async Task GetAsync_BeforeAnySave_ReturnsNull()
    {
        Assert.Null(await Archive.GetAsync(Alice, Guid.NewGuid(), CancellationToken.None));
        Assert.Empty(await Archive.ListByAuthorAsync(Alice, 10, CancellationToken.None));
        Assert.Empty(await ToListAsync(Archive.ListSharedWithGroupAsync(Group, March1, March1.AddYears(1), CancellationToken.None)));
        Assert.False(await Archive.DeleteAsync(Alice, Guid.NewGuid(), CancellationToken.None));
        Assert.Equal(0, await Archive.DeleteOlderThanAsync(March1.AddYears(10), CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_ThenGetAsync_RoundTripsEveryField()
    {
        var document = Document(Alice, March1.AddHours(10), ReflectionSharing.Group, Group);

        var result = await Archive.SaveAsync(document, CancellationToken.None);
        var read = await CreateArchive().GetAsync(Alice, document.Id, CancellationToken.None);

        Assert.Equal(ArchiveSaveResult.Created, result);
        Assert.Equal(document, read);
    }

    [Fact]
    public async Task GetAsync_AnotherAuthorsId_ReturnsNull()
    {
        var document = Document(Alice, March1);
        await Archive.SaveAsync(document, CancellationToken.None);

        Assert.Null(await Archive.GetAsync(Bob, document.Id, CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_SameIdTwice_KeepsTheFirstAndReportsAlreadyStored()
    {
        var first = Document(Alice, March1, text: "first delivery");
        var redelivered = first with { Texts = first.Texts.SetItem("whenNamed", "second delivery"), ConfirmedAt = March1.AddMinutes(1) };

        var results = new[]
        {
            await Archive.SaveAsync(first, CancellationToken.None),
            await Archive.SaveAsync(redelivered, CancellationToken.None),
        };

        Assert.Equal([ArchiveSaveResult.Created, ArchiveSaveResult.AlreadyStored], results);
        Assert.Equal(first, await Archive.GetAsync(Alice, first.Id, CancellationToken.None));
        Assert.Single(await Archive.ListByAuthorAsync(Alice, 10, CancellationToken.None));
        Assert.Single(await ListStoredDocumentNamesAsync());
    }

    [Fact]
    public async Task SaveAsync_EightConcurrentSavesOfOneDocument_ExactlyOneCreatesIt()
    {
        const int savers = 8;
        const int rounds = 5;

        // Several rounds, each released at once, because a race lost only sometimes must still fail this test.
        for (var round = 0; round < rounds; round++)
        {
            var document = Document(Alice, March1.AddDays(round), ReflectionSharing.Group, Group);
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var saves = Enumerable.Range(0, savers)
                .Select(_ => Task.Run(async () =>
                {
                    await go.Task;
                    return await Archive.SaveAsync(document, CancellationToken.None);
                }))
                .ToArray();
            go.SetResult();

            var results = await Task.WhenAll(saves);

            Assert.Equal(1, results.Count(result => result == ArchiveSaveResult.Created));
            Assert.Equal(savers - 1, results.Count(result => result == ArchiveSaveResult.AlreadyStored));
            Assert.Equal(document, await Archive.GetAsync(Alice, document.Id, CancellationToken.None));
        }

        Assert.Equal(rounds, (await ListStoredDocumentNamesAsync()).Count);
        Assert.Equal(rounds, (await ToListAsync(Archive.ListSharedWithGroupAsync(Group, March1, March1.AddMonths(1), CancellationToken.None))).Count);
    }

    [Fact]
    public async Task ListByAuthorAsync_ReturnsNewestFirstUpToMaxAndNoOtherAuthor()
    {
        var oldest = Document(Alice, March1.AddDays(1));
        var newest = Document(Alice, March1.AddDays(20));
        var middle = Document(Alice, March1.AddDays(7), ReflectionSharing.Supervisor);
        var bobs = Document(Bob, March1.AddDays(30));
        foreach (var document in new[] { middle, bobs, oldest, newest })
        {
            await Archive.SaveAsync(document, CancellationToken.None);
        }

        var two = await Archive.ListByAuthorAsync(Alice, 2, CancellationToken.None);
        var all = await Archive.ListByAuthorAsync(Alice, 10, CancellationToken.None);

        Assert.Equal([newest.Id, middle.Id], two.Select(summary => summary.Id));
        Assert.Equal([newest.Id, middle.Id, oldest.Id], all.Select(summary => summary.Id));
        Assert.Equal(
            new ReflectionSummary(middle.Id, "sessionReflection", "Reflect on a session", "Client A", "supervisor", middle.ConfirmedAt),
            all[1]);
        Assert.Equal([bobs.Id], (await Archive.ListByAuthorAsync(Bob, 10, CancellationToken.None)).Select(summary => summary.Id));
    }

    [Fact]
    public async Task ListByAuthorAsync_MaxNotPositive_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Archive.ListByAuthorAsync(Alice, 0, CancellationToken.None));
    }

    [Fact]
    public async Task ListAllByAuthorAsync_ReturnsEveryDocumentOfTheAuthorOnly_NewestFirst()
    {
        var documents = Enumerable.Range(0, 5).Select(day => Document(Alice, March1.AddDays(day))).ToList();
        foreach (var document in documents)
        {
            await Archive.SaveAsync(document, CancellationToken.None);
        }

        await Archive.SaveAsync(Document(Bob, March1.AddDays(2)), CancellationToken.None);

        var exported = await ToListAsync(Archive.ListAllByAuthorAsync(Alice, CancellationToken.None));

        Assert.Equal(documents.AsEnumerable().Reverse(), exported);
    }

    [Fact]
    public async Task ListSharedWithGroupAsync_ReturnsOnlyThatGroupsSharedDocumentsInThePeriod_OldestFirst()
    {
        var from = March1.AddDays(10);
        var to = March1.AddDays(40); // crosses into April, so the period spans two months
        var inPeriod = Document(Alice, from.AddDays(25), ReflectionSharing.Group, Group);
        var atStart = Document(Bob, from, ReflectionSharing.Group, Group);
        var beforeStart = Document(Alice, from.AddTicks(-10), ReflectionSharing.Group, Group);
        var atEnd = Document(Bob, to, ReflectionSharing.Group, Group);
        var supervisorOnly = Document(Alice, from.AddDays(1), ReflectionSharing.Supervisor, Group);
        var privateOne = Document(Alice, from.AddDays(2), ReflectionSharing.Private, Group);
        var otherGroup = Document(Bob, from.AddDays(3), ReflectionSharing.Group, OtherGroup);
        var noGroup = Document(Bob, from.AddDays(4), ReflectionSharing.Group);
        foreach (var document in new[] { inPeriod, atStart, beforeStart, atEnd, supervisorOnly, privateOne, otherGroup, noGroup })
        {
            await Archive.SaveAsync(document, CancellationToken.None);
        }

        var shared = await ToListAsync(Archive.ListSharedWithGroupAsync(Group, from, to, CancellationToken.None));

        Assert.Equal([atStart, inPeriod], shared);
        Assert.Equal(
            [otherGroup.Id],
            (await ToListAsync(Archive.ListSharedWithGroupAsync(OtherGroup, from, to, CancellationToken.None))).Select(document => document.Id));
    }

    [Fact]
    public async Task StreamSharedInGroupAsync_ReturnsSupervisorAndGroupShared_NeverPrivate_NorOtherGroupsOrPeriods()
    {
        var from = March1.AddDays(10);
        var to = March1.AddDays(40); // crosses into April, so the period spans two months
        var groupShared = Document(Alice, from.AddDays(25), ReflectionSharing.Group, Group);
        var atStart = Document(Bob, from, ReflectionSharing.Supervisor, Group);
        var supervisorShared = Document(Alice, from.AddDays(1), ReflectionSharing.Supervisor, Group);
        var beforeStart = Document(Alice, from.AddTicks(-10), ReflectionSharing.Supervisor, Group);
        var atEnd = Document(Bob, to, ReflectionSharing.Group, Group);
        var privateOne = Document(Alice, from.AddDays(2), ReflectionSharing.Private, Group);
        var otherGroup = Document(Bob, from.AddDays(3), ReflectionSharing.Supervisor, OtherGroup);
        var noGroup = Document(Bob, from.AddDays(4), ReflectionSharing.Supervisor);
        foreach (var document in new[] { groupShared, atStart, supervisorShared, beforeStart, atEnd, privateOne, otherGroup, noGroup })
        {
            await Archive.SaveAsync(document, CancellationToken.None);
        }

        var shared = await ToListAsync(CreateArchive().StreamSharedInGroupAsync(Group, from, to, CancellationToken.None));

        Assert.Equal(
            new[] { groupShared, atStart, supervisorShared }.Select(document => document.Id).Order(),
            shared.Select(document => document.Id).Order());
        Assert.Equal([groupShared], shared.Where(document => document.Id == groupShared.Id));
        Assert.Equal(
            [otherGroup.Id],
            (await ToListAsync(Archive.StreamSharedInGroupAsync(OtherGroup, from, to, CancellationToken.None))).Select(document => document.Id));
        // The group-only listing is unchanged by supervisor-shared documents in the same index.
        Assert.Equal([groupShared], await ToListAsync(Archive.ListSharedWithGroupAsync(Group, from, to, CancellationToken.None)));
    }

    [Fact]
    public async Task StreamSharedInGroupAsync_BeforeAnySave_IsEmpty_AndADeletedDocumentIsGone()
    {
        Assert.Empty(await ToListAsync(Archive.StreamSharedInGroupAsync(Group, March1, March1.AddYears(1), CancellationToken.None)));

        var kept = Document(Alice, March1.AddDays(1), ReflectionSharing.Supervisor, Group);
        var deleted = Document(Alice, March1.AddDays(2), ReflectionSharing.Supervisor, Group);
        await Archive.SaveAsync(kept, CancellationToken.None);
        await Archive.SaveAsync(deleted, CancellationToken.None);
        await Archive.DeleteAsync(Alice, deleted.Id, CancellationToken.None);

        Assert.Equal([kept], await ToListAsync(Archive.StreamSharedInGroupAsync(Group, March1, March1.AddMonths(1), CancellationToken.None)));
    }

    [Fact]
    public async Task StreamSharedInGroupAsync_ManyDocuments_StreamsThemAll_AndCanStopEarly()
    {
        const int count = 40;
        var documents = Enumerable.Range(0, count)
            .Select(i => Document(i % 2 == 0 ? Alice : Bob, March1.AddHours(i), i % 3 == 0 ? ReflectionSharing.Supervisor : ReflectionSharing.Group, Group))
            .ToList();
        foreach (var document in documents)
        {
            await Archive.SaveAsync(document, CancellationToken.None);
        }

        var all = await ToListAsync(Archive.StreamSharedInGroupAsync(Group, March1, March1.AddMonths(1), CancellationToken.None));
        var firstThree = new List<ReflectionDocument>();
        await foreach (var document in Archive.StreamSharedInGroupAsync(Group, March1, March1.AddMonths(1), CancellationToken.None))
        {
            firstThree.Add(document);
            if (firstThree.Count == 3)
            {
                break;
            }
        }

        Assert.Equal(documents.Select(document => document.Id).Order(), all.Select(document => document.Id).Order());
        Assert.Equal(3, firstThree.Count);
    }

    [Fact]
    public async Task ListSharedWithGroupAsync_EndBeforeStart_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => ToListAsync(Archive.ListSharedWithGroupAsync(Group, March1, March1.AddTicks(-1), CancellationToken.None)));
    }

    [Fact]
    public async Task DeleteAsync_RemovesThatDocumentOnly()
    {
        var kept = Document(Alice, March1, ReflectionSharing.Group, Group);
        var deleted = Document(Alice, March1.AddDays(1), ReflectionSharing.Group, Group);
        await Archive.SaveAsync(kept, CancellationToken.None);
        await Archive.SaveAsync(deleted, CancellationToken.None);

        Assert.True(await Archive.DeleteAsync(Alice, deleted.Id, CancellationToken.None));
        Assert.False(await Archive.DeleteAsync(Alice, deleted.Id, CancellationToken.None));

        Assert.Null(await Archive.GetAsync(Alice, deleted.Id, CancellationToken.None));
        Assert.Equal([kept.Id], (await Archive.ListByAuthorAsync(Alice, 10, CancellationToken.None)).Select(summary => summary.Id));
        Assert.Equal([kept], await ToListAsync(Archive.ListSharedWithGroupAsync(Group, March1, March1.AddMonths(1), CancellationToken.None)));
    }

    [Fact]
    public async Task DeleteAsync_AnotherAuthorsId_DeletesNothing()
    {
        var document = Document(Alice, March1);
        await Archive.SaveAsync(document, CancellationToken.None);

        Assert.False(await Archive.DeleteAsync(Bob, document.Id, CancellationToken.None));
        Assert.NotNull(await Archive.GetAsync(Alice, document.Id, CancellationToken.None));
    }

    [Fact]
    public async Task DeleteAllByAuthorAsync_ForgetsTheAuthorAndLeavesOthers()
    {
        var bobs = Document(Bob, March1.AddDays(3), ReflectionSharing.Group, Group);
        await Archive.SaveAsync(bobs, CancellationToken.None);
        for (var day = 0; day < 3; day++)
        {
            await Archive.SaveAsync(Document(Alice, March1.AddDays(day), ReflectionSharing.Group, Group), CancellationToken.None);
        }

        var deleted = await Archive.DeleteAllByAuthorAsync(Alice, CancellationToken.None);

        Assert.Equal(3, deleted);
        Assert.Empty(await Archive.ListByAuthorAsync(Alice, 10, CancellationToken.None));
        Assert.Equal([bobs], await ToListAsync(Archive.ListSharedWithGroupAsync(Group, March1, March1.AddMonths(1), CancellationToken.None)));
        Assert.DoesNotContain(await ListStoredNamesAsync(), name => name.Contains(Alice, StringComparison.Ordinal));
        Assert.Equal(0, await Archive.DeleteAllByAuthorAsync(Alice, CancellationToken.None));
    }

    [Fact]
    public async Task DeleteOlderThanAsync_DeletesEveryAuthorsDocumentsBeforeTheCutoffOnly()
    {
        var cutoff = March1.AddDays(10);
        var old = new[]
        {
            Document(Alice, March1, ReflectionSharing.Group, Group),
            Document(Bob, cutoff.AddTicks(-10)),
        };
        var recent = new[]
        {
            Document(Alice, cutoff, ReflectionSharing.Group, Group),
            Document(Bob, cutoff.AddDays(5)),
        };
        foreach (var document in old.Concat(recent))
        {
            await Archive.SaveAsync(document, CancellationToken.None);
        }

        var deleted = await Archive.DeleteOlderThanAsync(cutoff, CancellationToken.None);

        Assert.Equal(2, deleted);
        foreach (var document in old)
        {
            Assert.Null(await Archive.GetAsync(document.Author, document.Id, CancellationToken.None));
        }

        foreach (var document in recent)
        {
            Assert.Equal(document, await Archive.GetAsync(document.Author, document.Id, CancellationToken.None));
        }

        Assert.Equal([recent[0]], await ToListAsync(Archive.ListSharedWithGroupAsync(Group, March1, March1.AddMonths(1), CancellationToken.None)));
    }

    [Fact]
    public async Task StoredNames_AreOnlyPseudonymsAndIds_NeverTeamsIds()
    {
        var document = Document(Alice, March1, ReflectionSharing.Group, Group);
        await Archive.SaveAsync(document, CancellationToken.None);

        var names = await ListStoredNamesAsync();

        Assert.Contains($"authors/{Alice}/{document.Id:D}.json", names);
        Assert.All(names, name =>
        {
            Assert.Matches("^[a-z0-9./-]+$", name);
            foreach (var raw in new[] { AliceAadId, TenantId, GroupChatId, "19:", "@thread", "Client A" })
            {
                Assert.DoesNotContain(raw, name, StringComparison.OrdinalIgnoreCase);
            }
        });
        Assert.All(
            names.SelectMany(name => name.Split('/', '.')),
            part => Assert.True(
                part is "authors" or "groups" or "json" || ArchiveLayout.IsPseudonym(part) || Guid.TryParse(part, out _) || IsMonth(part),
                $"Unexpected part '{part}' in a stored name."));
    }

    public static TheoryData<string> NotPseudonyms =>
    [
        "",
        AliceAadId,
        "29:1Xk2Lm3Nq4Rs5Tu6Vw7Yz8aB9cD0eF1gH2iJ3kL4mN5oP6qR7s",
        GroupChatId,
        "Alex Wilber",
        "../../etc",
        "0123456789ABCDEF0123456789ABCDEF",
        "0123456789abcdef/0123456789abcdef",
        "abc",
    ];

    [Theory]
    [MemberData(nameof(NotPseudonyms))]
    public async Task EveryMethod_AuthorThatIsNotAPseudonym_IsRefusedWithoutEchoingIt(string author)
    {
        var refusals = new List<ArgumentException>
        {
            await Assert.ThrowsAnyAsync<ArgumentException>(() => Archive.SaveAsync(Document(author, March1), CancellationToken.None)),
            await Assert.ThrowsAnyAsync<ArgumentException>(() => Archive.GetAsync(author, Guid.NewGuid(), CancellationToken.None)),
            await Assert.ThrowsAnyAsync<ArgumentException>(() => Archive.ListByAuthorAsync(author, 10, CancellationToken.None)),
            await Assert.ThrowsAnyAsync<ArgumentException>(() => ToListAsync(Archive.ListAllByAuthorAsync(author, CancellationToken.None))),
            await Assert.ThrowsAnyAsync<ArgumentException>(() => Archive.DeleteAsync(author, Guid.NewGuid(), CancellationToken.None)),
            await Assert.ThrowsAnyAsync<ArgumentException>(() => Archive.DeleteAllByAuthorAsync(author, CancellationToken.None)),
        };

        Assert.All(refusals, refusal => Assert.Contains("must be a pseudonym", refusal.Message, StringComparison.Ordinal));
        if (author.Length > 0)
        {
            Assert.All(refusals, refusal => Assert.DoesNotContain(author, refusal.Message, StringComparison.Ordinal));
        }

        Assert.Empty(await ListStoredNamesAsync());
    }

    [Theory]
    [MemberData(nameof(NotPseudonyms))]
    public async Task SaveAndListShared_GroupThatIsNotAPseudonym_IsRefused(string group)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(
            () => Archive.SaveAsync(Document(Alice, March1, ReflectionSharing.Group, group), CancellationToken.None));
        await Assert.ThrowsAnyAsync<ArgumentException>(
            () => ToListAsync(Archive.ListSharedWithGroupAsync(group, March1, March1.AddDays(1), CancellationToken.None)));

        Assert.Empty(await ListStoredNamesAsync());
    }

    [Fact]
    public async Task SaveAsync_AfterRestart_StillSeesEarlierDocuments()
    {
        var document = Document(Alice, March1);
        await Archive.SaveAsync(document, CancellationToken.None);

        var restarted = CreateArchive();

        Assert.Equal(ArchiveSaveResult.AlreadyStored, await restarted.SaveAsync(document, CancellationToken.None));
        Assert.Equal(document, await restarted.GetAsync(Alice, document.Id, CancellationToken.None));
    }

    private protected async Task<IReadOnlyList<string>> ListStoredDocumentNamesAsync() =>
        [.. (await ListStoredNamesAsync()).Where(name => name.StartsWith("authors/", StringComparison.Ordinal))];

    private protected static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private static bool IsMonth(string part) =>
        DateTime.TryParseExact(part, "yyyy-MM", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
}
