using System.IO.Compression;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using SupervisionBot.Bot.Manifest;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Dialogs.Commands;

namespace SupervisionBot.Bot.Tests.Bot.Manifest;

public class AppPackageTests
{
    /// <summary>The manifest schema's limit on a bot command list.</summary>
    private const int MaxCommandsPerList = 12;

    private static readonly string ManifestFolder = RepositoryRoot.Combine("manifest");

    private static JsonObject CommittedManifest() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestFolder, "manifest.json")))!.AsObject();

    [Fact]
    public void Manifest_AsCommitted_ValidatesAgainstTheOfficialSchema() =>
        Assert.Empty(SchemaValidator.ManifestErrors(CommittedManifest()));

    [Fact]
    public void SchemaValidator_RejectsAManifestWithoutIconsOrWithABadBotId()
    {
        var manifest = CommittedManifest();
        manifest.Remove("icons");
        manifest["bots"]![0]!["botId"] = "not-a-guid";

        Assert.NotEmpty(SchemaValidator.ManifestErrors(manifest));
    }

    [Fact]
    public void Manifest_OffersTheBotInPersonalTeamAndGroupChatScopes()
    {
        var scopes = CommittedManifest()["bots"]![0]!["scopes"]!.AsArray().Select(s => (string?)s).ToList();

        Assert.Equal(["personal", "team", "groupChat"], scopes);
    }

    [Fact]
    public void Manifest_CommandLists_MatchTheCommandsTheBotUnderstands()
    {
        var lists = CommittedManifest()["bots"]![0]!["commandLists"]!.AsArray();
        var personal = lists.Single(l => l!["scopes"]!.AsArray().Any(s => (string?)s == "personal"))!;
        var groups = lists.Single(l => l!["scopes"]!.AsArray().Any(s => (string?)s == "groupChat"))!;

        // Teams allows at most 12 commands in the 1:1 chat's list: the rest are offered by help alone.
        Assert.Equal(CommandCatalog.All.Where(c => c.InPersonal && c.Menu == CommandMenu.Offered).Select(c => c.Words[0]), Titles(personal));
        Assert.Equal(CommandCatalog.All.Where(c => c.InGroups && c.Menu != CommandMenu.None).Select(c => c.Words[0]), Titles(groups));

        static IEnumerable<string?> Titles(JsonNode list) => list["commands"]!.AsArray().Select(c => (string?)c!["title"]);
    }

    [Fact]
    public void Package_SubstitutesTheBotIdAndUrls_AndStillValidates()
    {
        var botId = Guid.NewGuid();

        var manifest = AppPackage.Manifest(
            ManifestFolder,
            botId,
            new Uri("https://clinic.example/privacy"),
            new Uri("https://clinic.example/terms"),
            new Uri("https://clinic.example/"));

        Assert.Equal(botId.ToString(), (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal("https://clinic.example/privacy", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal("https://clinic.example/terms", (string?)manifest["developer"]!["termsOfUseUrl"]);
        Assert.Empty(SchemaValidator.ManifestErrors(manifest));
    }

    [Fact]
    public void PackageCommand_WritesAZipWithExactlyTheManifestAndIcons()
    {
        var output = RepositoryRoot.Artifacts("package", $"{Guid.NewGuid():N}.zip");
        var botId = Guid.NewGuid().ToString();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SupervisionBot:PrivacyUrl"] = "https://clinic.example/privacy",
            ["SupervisionBot:TermsUrl"] = "https://clinic.example/terms",
        }).Build();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = PackageCommand.Run(["--bot-id", botId, "--out", output], configuration, stdout, stderr);

        Assert.True(exitCode == 0, stderr.ToString());
        using var zip = ZipFile.OpenRead(output);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var manifestStream = zip.GetEntry("manifest.json")!.Open();
        var manifest = JsonNode.Parse(manifestStream)!;
        Assert.Equal(botId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Empty(SchemaValidator.ManifestErrors(manifest));
        Assert.Equal(ReadIcon("color.png"), Read(zip, "color.png"));
    }

    [Fact]
    public void PackageCommand_WithoutABotId_FailsWithAClearMessage()
    {
        var configuration = new ConfigurationBuilder().Build();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = PackageCommand.Run([], configuration, stdout, stderr);

        Assert.Equal(2, exitCode);
        Assert.Contains("--bot-id", stderr.ToString());
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Icon_HasTheSizeTeamsRequires(string file, int size)
    {
        var image = PngImage.Read(ReadIcon(file));

        Assert.Equal(size, image.Width);
        Assert.Equal(size, image.Height);
    }

    [Fact]
    public void OutlineIcon_IsWhiteOnTransparent()
    {
        var image = PngImage.Read(ReadIcon("outline.png"));
        var pixels = Enumerable.Range(0, image.Width * image.Height).Select(i => image.Pixel(i % image.Width, i / image.Width)).ToList();

        Assert.Equal(6, image.ColorType);
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.True(p is { R: 255, G: 255, B: 255 }, $"non-white pixel {p}"));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
        Assert.Equal(0, image.Pixel(0, 0).A);
    }

    [Fact]
    public void ColorIcon_IsOpaqueWithTheAccentColourBehindTheMotif()
    {
        var image = PngImage.Read(ReadIcon("color.png"));
        var accent = (string?)CommittedManifest()["accentColor"];

        Assert.Equal(255, image.Pixel(0, 0).A);
        var corner = image.Pixel(0, 0);
        Assert.Equal(accent, $"#{corner.R:X2}{corner.G:X2}{corner.B:X2}");
        Assert.Equal((255, 255, 255, 255), image.Pixel(96, 80));
    }

    private static byte[] ReadIcon(string file) => File.ReadAllBytes(Path.Combine(ManifestFolder, file));

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
