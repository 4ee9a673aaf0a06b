using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Azure.Storage.Blobs;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>
/// A real Azurite blob emulator for the tests in the "Azurite" collection: started from the
/// repository's node_modules on a free loopback port, in-memory, killed with its process tree on
/// dispose. <see cref="StopAsync"/> and <see cref="StartAsync"/> simulate a storage outage on the
/// same port (in-memory data does not survive a stop).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string AccountName = "devstoreaccount1";

    // The well-known Azurite development account key: public, documented, not a secret.
    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly StringBuilder _output = new();
    private readonly string _workspace = Directory.CreateTempSubdirectory("azurite-").FullName;
    private Process? _process;

    public int Port { get; private set; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{Port}/{AccountName};";

    /// <summary>A client for this emulator. Azurite runs with --skipApiVersionCheck, so the SDK's newest service version works.</summary>
    public BlobServiceClient CreateServiceClient(BlobClientOptions? options = null) => new(ConnectionString, options);

    public async Task InitializeAsync()
    {
        // Another process can take the free port before Azurite binds it; a fresh port then fixes it.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreeLoopbackPort();
            try
            {
                await StartAsync();
                return;
            }
            catch (InvalidOperationException) when (attempt < 3 && _process is null)
            {
            }
        }
    }

    /// <summary>Starts Azurite on <see cref="Port"/> and waits until it accepts connections.</summary>
    public async Task StartAsync()
    {
        if (_process is { HasExited: false })
        {
            return;
        }

        var executable = FindAzurite();
        var startInfo = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _workspace,
        };
        foreach (var argument in new[]
        {
            "--inMemoryPersistence", "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--skipApiVersionCheck", "--disableTelemetry", "--silent",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        lock (_output)
        {
            _output.Clear();
        }

        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Capture(e.Data);
        process.ErrorDataReceived += (_, e) => Capture(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        using var timeout = new CancellationTokenSource(StartTimeout);
        while (!await AcceptsConnectionsAsync(timeout.Token))
        {
            if (process.HasExited)
            {
                _process = null;
                throw new InvalidOperationException(
                    $"Azurite exited with code {process.ExitCode} before listening on port {Port}. Output:\n{CapturedOutput()}");
            }

            if (timeout.IsCancellationRequested)
            {
                await StopAsync();
                throw new TimeoutException($"Azurite did not listen on port {Port} within {StartTimeout}. Output:\n{CapturedOutput()}");
            }

            await Task.Delay(100, CancellationToken.None);
        }
    }

    /// <summary>Kills Azurite and its children; the port stays reserved for <see cref="StartAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_process is not { } process)
        {
            return;
        }

        _process = null;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_workspace, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; failing the run over it is not.
        }
    }

    private static string FindAzurite()
    {
        var root = RepositoryRoot.FullPath;
        var name = OperatingSystem.IsWindows() ? "azurite-blob.cmd" : "azurite-blob";
        var path = Path.Combine(root, "node_modules", ".bin", name);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException(
                $"Azurite is not installed: {path} is missing. Run the repository's test command, which runs `npm ci` " +
                $"in {root} first (or run `npm ci` there yourself), then run the tests again.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<bool> AcceptsConnectionsAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            // Enough to explain a failed start; Azurite runs silent, so this stays small.
            if (_output.Length < 64 * 1024)
            {
                _output.AppendLine(line);
            }
        }
    }

    private string CapturedOutput()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }
}
