using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Bot.Operations;
using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Scheduling;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Bot.Tests.Supervision;

namespace SupervisionBot.Bot.Tests.Bot.Operations;

/// <summary>The operator's erasure command finds one therapist's data by their ids and the pseudonym key, and deletes only theirs.</summary>
public sealed class ForgetTherapistCommandTests : IDisposable
{
    private const string Tenant = "00000000-0000-0000-0000-000000000001";
    private const string Therapist = "11111111-1111-1111-1111-111111111111";
    private const string Colleague = "22222222-2222-2222-2222-222222222222";

    private readonly string _folder = Directory.CreateTempSubdirectory("forget-").FullName;
    private readonly string _key = TestPseudonyms.NewKey();

    [Fact]
    public async Task WithoutDelete_OnlyCounts_ThenDeleteRemovesTheTherapistsReflectionsAndNoOneElses()
    {
        var pseudonyms = TestPseudonyms.Create(_key);
        var archive = new LocalFolderReflectionArchive(Path.Combine(_folder, "reflections"), TimeProvider.System, NullLogger<LocalFolderReflectionArchive>.Instance);
        await archive.SaveAsync(Confirmed(pseudonyms.ForUser(Tenant, Therapist)), default);
        await archive.SaveAsync(Confirmed(pseudonyms.ForUser(Tenant, Therapist)), default);
        await archive.SaveAsync(Confirmed(pseudonyms.ForUser(Tenant, Colleague)), default);

        var (code, output) = await RunAsync("--tenant", Tenant, "--aad-object-id", Therapist);
        Assert.Equal(0, code);
        Assert.StartsWith("2 saved reflections are stored", output, StringComparison.Ordinal);
        Assert.Equal(2, (await archive.ListByAuthorAsync(pseudonyms.ForUser(Tenant, Therapist), 10, default)).Count);

        (code, output) = await RunAsync("--tenant", Tenant, "--aad-object-id", Therapist.ToUpperInvariant(), "--delete");
        Assert.Equal(0, code);
        Assert.StartsWith("Deleted 2 saved reflections", output, StringComparison.Ordinal);
        Assert.Empty(await archive.ListByAuthorAsync(pseudonyms.ForUser(Tenant, Therapist), 10, default));
        Assert.Single(await archive.ListByAuthorAsync(pseudonyms.ForUser(Tenant, Colleague), 10, default));
    }

    [Fact]
    public async Task Delete_AlsoTakesThemOutOfTheirGroups_AndForgetsTheirAddressPauseAndOutboxRecords()
    {
        var pseudonyms = TestPseudonyms.Create(_key);
        var (therapist, colleague) = (pseudonyms.ForUser(Tenant, Therapist), pseudonyms.ForUser(Tenant, Colleague));
        const string GroupId = "9a0b1c2d3e4f5a6b";
        await using (var factory = new BotApplicationFactory().WithSetting("Storage:LocalFolder", _folder).WithSetting("Privacy:PseudonymKey", _key))
        {
            var services = factory.Services;
            var directory = services.GetRequiredService<GroupDirectory>();
            var group = SupervisionFixture.Group(SupervisionFixture.LondonMondays(new DateOnly(2027, 3, 8)) with { Supervisors = [therapist] }, colleague) with
            {
                Id = GroupId,
                Members = [therapist, colleague],
            };
            Assert.True((await directory.SaveGroupAsync("msteams", group, null, default)).IsSaved);
            await directory.LinkAsync("msteams", therapist, GroupId, new PersonAddress("29:therapist-teams-id", "https://smba.example/", Tenant), default);
            await services.GetRequiredService<ReminderPauses>().PauseAsync("msteams", therapist, DateTimeOffset.UnixEpoch.AddYears(60), default);
            var onboarding = new OutboxRecord(
                OutboxState.Sent, new OutboxAddress("msteams", "https://smba.example/", Tenant, IsPerson: true, "29:therapist-teams-id"), "a:1", "activity-1", null, null, 1, DateTimeOffset.UnixEpoch,
                About: [GroupId, therapist]);
            Assert.True((await services.GetRequiredService<IProactiveOutbox>().PutAsync("0123456789abcdef", onboarding, null, default)).IsSaved);
        }

        Assert.Contains(therapist, StoredText(), StringComparison.Ordinal);
        var (code, output) = await RunAsync("--tenant", Tenant, "--aad-object-id", Therapist);
        Assert.Contains("they are in 1 supervision groups", output, StringComparison.Ordinal);

        (code, output) = await RunAsync("--tenant", Tenant, "--aad-object-id", Therapist, "--delete");

        Assert.Equal(0, code);
        Assert.Contains("1 outbox records", output, StringComparison.Ordinal);
        var stored = StoredText();
        Assert.DoesNotContain(therapist, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("29:therapist-teams-id", stored, StringComparison.Ordinal);
        Assert.Contains(colleague, stored, StringComparison.Ordinal);
    }

    /// <summary>Every file under the storage folder, names and contents.</summary>
    private string StoredText() => string.Join(
        '\n',
        Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(_folder, path) + "\n" + File.ReadAllText(path)));

    [Fact]
    public async Task WithoutIds_PrintsUsage_AndTouchesNothing()
    {
        var (code, _) = await RunAsync("--tenant", "not-a-guid");

        Assert.Equal(2, code);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:LocalFolder"] = _folder,
            ["Privacy:PseudonymKey"] = _key,
        }).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ForgetTherapistCommand.RunAsync(args, configuration, "Production", output, error, default);
        return (code, output.ToString() + error);
    }

    private static ReflectionDocument Confirmed(string author) =>
        ArchiveDocuments.ConfirmedQuickCheckIn(author, new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
}
