using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Bot.Privacy;

public sealed class PseudonymKeyStartupTests : IDisposable
{
    private const string ProductionBlobStorage = "UseDevelopmentStorage=true";

    private readonly string _contentRoot = Directory.CreateTempSubdirectory("bot-root-").FullName;

    private string KeyFile => Path.Combine(_contentRoot, ".data", DevelopmentPseudonymKey.FileName);

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);

    [Fact]
    public async Task StartAsync_ProductionWithBlobStorageAndNoKey_FailsNamingTheSetting()
    {
        using var host = TestHosts.Build(
            _contentRoot, Environments.Production, new Dictionary<string, string?> { ["Storage:ConnectionString"] = ProductionBlobStorage });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Privacy:PseudonymKey is required", failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(KeyFile));
    }

    [Theory]
    [InlineData("c2hvcnQ=")]
    [InlineData("not base64 at all!")]
    public async Task StartAsync_ConfiguredKeyShortOrNotBase64_FailsNamingTheSettingEvenInDevelopment(string key)
    {
        using var host = TestHosts.Build(
            _contentRoot, Environments.Development, new Dictionary<string, string?> { ["Privacy:PseudonymKey"] = key });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Privacy:PseudonymKey must be base64 of at least 32 bytes", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development", ProductionBlobStorage)]
    [InlineData("Production", null)]
    public async Task StartAsync_LocalRunWithoutKey_GeneratesKeyOnceAndReusesIt(string environment, string? connectionString)
    {
        var settings = new Dictionary<string, string?> { ["Storage:ConnectionString"] = connectionString };
        var firstLogs = new CapturedLogs();

        var first = await PseudonymAfterStartAsync(environment, settings, firstLogs);
        var keyWritten = await File.ReadAllTextAsync(KeyFile);
        var second = await PseudonymAfterStartAsync(environment, settings, new CapturedLogs());

        Assert.Equal(first, second);
        Assert.Equal(keyWritten, await File.ReadAllTextAsync(KeyFile));
        Assert.Equal(32, Convert.FromBase64String(keyWritten).Length);
        Assert.Single(firstLogs.Entries, entry =>
            entry.Level == LogLevel.Warning && entry.Message.Contains("generated a development pseudonym key", StringComparison.Ordinal));
        Assert.DoesNotContain(firstLogs.Entries, entry => entry.Message.Contains(keyWritten, StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyFile));
        }
    }

    [Fact]
    public async Task StartAsync_DevelopmentKeyFileDamaged_FailsNamingTheFileInsteadOfReplacingIt()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(KeyFile)!);
        await File.WriteAllTextAsync(KeyFile, "truncated");
        using var host = TestHosts.Build(_contentRoot, Environments.Development, new Dictionary<string, string?>());

        var failure = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains($"{KeyFile} does not hold a valid pseudonym key", failure.Message, StringComparison.Ordinal);
        Assert.Equal("truncated", await File.ReadAllTextAsync(KeyFile));
    }

    [Fact]
    public async Task StartAsync_ConfiguredKey_IsUsedAndNoFileIsWritten()
    {
        var key = TestPseudonyms.NewKey();

        var pseudonym = await PseudonymAfterStartAsync(
            Environments.Development, new Dictionary<string, string?> { ["Privacy:PseudonymKey"] = key }, new CapturedLogs());

        Assert.Equal(TestPseudonyms.Create(key).ForStateKey("msteams/users/29:abc"), pseudonym);
        Assert.False(File.Exists(KeyFile));
    }

    [Fact]
    public async Task StartAsync_DevelopmentKeyFileDeleted_GeneratesNewKeySoPseudonymsChange()
    {
        var first = await PseudonymAfterStartAsync(Environments.Development, new Dictionary<string, string?>(), new CapturedLogs());
        File.Delete(KeyFile);

        var second = await PseudonymAfterStartAsync(Environments.Development, new Dictionary<string, string?>(), new CapturedLogs());

        Assert.NotEqual(first, second);
    }

    private async Task<string> PseudonymAfterStartAsync(
        string environment, Dictionary<string, string?> settings, CapturedLogs logs)
    {
        using var host = TestHosts.Build(_contentRoot, environment, settings, logs);
        await host.StartAsync();
        var pseudonym = host.Services.GetRequiredService<Pseudonymizer>().ForStateKey("msteams/users/29:abc");
        await host.StopAsync();
        return pseudonym;
    }
}
