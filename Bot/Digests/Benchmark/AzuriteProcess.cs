using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SupervisionBot.Bot.Digests.Benchmark;

/// <summary>
/// Azurite for the benchmark's blob run: the repository's <c>node_modules/.bin/azurite-blob</c>,
/// in memory, on a free loopback port, killed with its children when disposed. Development tooling
/// only: the bot itself never starts it.
/// </summary>
internal sealed class AzuriteProcess : IAsyncDisposable
{
    // The well-known Azurite development account: public and documented, not a secret.
    private const string AccountName = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;
    private readonly DirectoryInfo _workspace;

    private AzuriteProcess(Process process, DirectoryInfo workspace, int port)
    {
        _process = process;
        _workspace = workspace;
        ConnectionString =
            $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/{AccountName};";
    }

    public string ConnectionString { get; }

    /// <summary>What a command that needs Azurite says, before it starts anything, when it is not installed.</summary>
    public const string NotInstalledMessage =
        "Azurite was not found in node_modules/.bin above the current folder; run 'npm ci' in the repository first.";

    public static bool IsInstalled => Find() is not null;

    /// <exception cref="InvalidOperationException">Azurite is not installed here (run <c>npm ci</c>) or did not start.</exception>
    public static async Task<AzuriteProcess> StartAsync(CancellationToken cancellationToken)
    {
        var executable = Find() ?? throw new InvalidOperationException(NotInstalledMessage);
        var port = FreePort();
        var workspace = Directory.CreateTempSubdirectory("digest-benchmark-azurite-");
        var start = new ProcessStartInfo(executable) { UseShellExecute = false, WorkingDirectory = workspace.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--inMemoryPersistence", "--blobHost", "127.0.0.1", "--blobPort", port.ToString(CultureInfo.InvariantCulture), "--skipApiVersionCheck", "--disableTelemetry", "--silent" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new AzuriteProcess(process, workspace, port);
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (process.HasExited)
            {
                await azurite.DisposeAsync().ConfigureAwait(false);
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before listening.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken).ConfigureAwait(false);
                return azurite;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }

        await azurite.DisposeAsync().ConfigureAwait(false);
        throw new InvalidOperationException("Azurite did not listen within 30 seconds.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        _process.Dispose();
        _workspace.Delete(recursive: true);
    }

    private static string? Find()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "node_modules", ".bin", "azurite-blob");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
