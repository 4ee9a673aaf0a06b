using System.Diagnostics;
using System.Reflection;

namespace SupervisionBot.Bot.Tests.Infra;

/// <summary>
/// The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 NuGet package, which the test project
/// downloads on restore (so a clean CI machine has it); its path is baked into this assembly.
/// NuGet does not keep the run bit, so it is set here.
/// </summary>
internal static class BicepCli
{
    private static readonly Lazy<string> Executable = new(Locate);

    public static async Task<BicepRun> RunAsync(string workingDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo(Executable.Value)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Offline: no telemetry, and no registry look-ups.
        info.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new BicepRun(process.ExitCode, await output, await error);
    }

    private static string Locate()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BicepCli").Value!;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The Bicep CLI is missing at {path}: run `dotnet restore` on Bot.Tests, which downloads it.");
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        return path;
    }
}

internal sealed record BicepRun(int ExitCode, string Output, string Error);
