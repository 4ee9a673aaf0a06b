using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Privacy;

/// <summary>
/// Lets the bot run locally without a configured pseudonym key: in development, or whenever state
/// lives in the local folder, a missing key is generated once into <c>&lt;LocalFolder&gt;/pseudonym.key</c>
/// (owner read/write only) and reused from then on, so local pseudonyms stay stable across runs.
/// </summary>
internal sealed partial class DevelopmentPseudonymKey(
    IHostEnvironment environment,
    IOptions<StorageOptions> storageOptions,
    ILogger<DevelopmentPseudonymKey> logger) : IPostConfigureOptions<PseudonymOptions>
{
    public const string FileName = "pseudonym.key";

    public void PostConfigure(string? name, PseudonymOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.PseudonymKey))
        {
            return;
        }

        var storage = storageOptions.Value;
        if (!environment.IsDevelopment() && storage.UsesBlobStorage)
        {
            // Production: leave the key missing so validation stops start-up with a clear message.
            return;
        }

        var path = Path.Combine(storage.LocalFolder, FileName);
        options.PseudonymKey = LoadOrCreate(path, out var created);
        if (created)
        {
            LogGenerated(logger, PseudonymOptions.PseudonymKeyPath, path);
        }
        else
        {
            LogReused(logger, PseudonymOptions.PseudonymKeyPath, path);
        }
    }

    private static string LoadOrCreate(string path, out bool created)
    {
        if (File.Exists(path))
        {
            created = false;
            return ReadExisting(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(PseudonymOptions.MinimumKeyBytes));

        // Write a private temporary file, then move it into place without overwriting: a reader never
        // sees half a key, and if another process got there first its key wins and is reused.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temporary, fileOptions))
        {
            writer.Write(key);
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
            created = true;
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            created = false;
            return ReadExisting(path);
        }
    }

    private static string ReadExisting(string path)
    {
        var key = File.ReadAllText(path).Trim();
        return new PseudonymOptions { PseudonymKey = key }.TryDecodeKey() is null
            ? throw new InvalidOperationException(
                $"{path} does not hold a valid pseudonym key (base64 of at least {PseudonymOptions.MinimumKeyBytes} bytes). " +
                "Restore it, or delete it to generate a new key: every pseudonym, and so all local state, would change.")
            : key;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "{Setting} is not configured: generated a development pseudonym key at {Path}. Configure a real key before storing real data.")]
    private static partial void LogGenerated(ILogger logger, string setting, string path);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "{Setting} is not configured: using the development pseudonym key at {Path}.")]
    private static partial void LogReused(ILogger logger, string setting, string path);
}
