using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Operations;
using SupervisionBot.Bot.Tests.Infrastructure;

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
