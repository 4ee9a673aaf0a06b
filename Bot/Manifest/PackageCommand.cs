namespace SupervisionBot.Bot.Manifest;

/// <summary>
/// <c>dotnet run --project Bot -- package [--bot-id GUID] [--out FILE]</c>: writes the Teams app
/// zip. The bot id defaults to <c>MicrosoftAppId</c>; URLs come from the <c>SupervisionBot</c>
/// settings, so the same configuration drives the bot and its package.
/// </summary>
internal static class PackageCommand
{
    public const string Name = "package";

    public static int Run(IReadOnlyList<string> args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        var botIdText = Option(args, "--bot-id") ?? configuration["MicrosoftAppId"];
        if (!Guid.TryParse(botIdText, out var botId))
        {
            error.WriteLine("The bot id is missing or not a GUID. Pass --bot-id <Microsoft App ID> or set MicrosoftAppId.");
            return 2;
        }

        if (!TryUrl(configuration, "PrivacyUrl", error, out var privacy) || !TryUrl(configuration, "TermsUrl", error, out var terms))
        {
            return 2;
        }

        var website = Uri.TryCreate(configuration["SupervisionBot:WebsiteUrl"], UriKind.Absolute, out var site)
            ? site
            : new Uri(privacy, "/");

        var manifestFolder = FindManifestFolder();
        if (manifestFolder is null)
        {
            error.WriteLine("Could not find the manifest folder (manifest/manifest.json) above the current directory.");
            return 2;
        }

        // dotnet run starts in the project folder, so the default lands beside the manifest folder.
        var outputPath = Path.GetFullPath(Option(args, "--out")
            ?? Path.Combine(Path.GetDirectoryName(manifestFolder)!, "artifacts", "SupervisionBot-teams-app.zip"));
        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        var manifest = AppPackage.Manifest(manifestFolder, botId, privacy, terms, website);
        using (var file = File.Create(outputPath))
        {
            AppPackage.Write(file, manifestFolder, manifest);
        }

        output.WriteLine($"Wrote {outputPath} for bot {botId}.");
        return 0;
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    private static bool TryUrl(IConfiguration configuration, string setting, TextWriter error, out Uri url)
    {
        if (Uri.TryCreate(configuration[$"SupervisionBot:{setting}"], UriKind.Absolute, out url!) && url.Scheme == Uri.UriSchemeHttps)
        {
            return true;
        }

        error.WriteLine($"SupervisionBot:{setting} must be an absolute https URL.");
        return false;
    }

    internal static string? FindManifestFolder()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "manifest");
            if (File.Exists(Path.Combine(candidate, "manifest.json")))
            {
                return candidate;
            }
        }

        return null;
    }
}
