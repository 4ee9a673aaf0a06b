using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SupervisionBot.Bot.Manifest;

/// <summary>
/// Builds the Teams app package: the manifest with the real bot id and the configured URLs
/// substituted in, plus the two icons, zipped flat as Teams expects.
/// </summary>
internal static class AppPackage
{
    public static readonly string[] Files = ["manifest.json", "color.png", "outline.png"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static JsonObject Manifest(string manifestFolder, Guid botId, Uri privacyUrl, Uri termsUrl, Uri websiteUrl)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(manifestFolder, "manifest.json")))!.AsObject();
        manifest["bots"]![0]!["botId"] = botId.ToString();
        var developer = manifest["developer"]!;
        developer["privacyUrl"] = privacyUrl.AbsoluteUri;
        developer["termsOfUseUrl"] = termsUrl.AbsoluteUri;
        developer["websiteUrl"] = websiteUrl.AbsoluteUri;
        return manifest;
    }

    public static void Write(Stream destination, string manifestFolder, JsonObject manifest)
    {
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        using (var entry = zip.CreateEntry("manifest.json").Open())
        {
            JsonSerializer.Serialize(entry, manifest, Indented);
        }

        foreach (var icon in Files.Skip(1))
        {
            zip.CreateEntryFromFile(Path.Combine(manifestFolder, icon), icon);
        }
    }
}
