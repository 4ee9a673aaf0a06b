using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>
/// A TCP proxy on a free loopback port in front of a server on another (Azurite): every byte is
/// passed on unchanged both ways, so signatures, ETags and leases work as they do directly,
/// except that a request whose first line starts with <c>holdRequestsStartingWith</c> (such as
/// <c>PUT /devstoreaccount1/reflections/</c>) is held: neither passed on nor answered, and
/// nothing more is read from that connection. To its sender it is a write in flight, as it is
/// when a process dies in the middle of one. <see cref="Held"/> completes when the first is held.
/// </summary>
public sealed class HoldingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly int _targetPort;
    private readonly byte[] _hold;
    private readonly Task _accepting;
    private int _heldCount;

    private HoldingProxy(int targetPort, string holdRequestsStartingWith)
    {
        _targetPort = targetPort;
        _hold = Encoding.ASCII.GetBytes(holdRequestsStartingWith);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    public int Port { get; }

    /// <summary>Completes when the first matching request has been held.</summary>
    public Task Held => _held.Task;

    /// <summary>How many requests were held (a sender that times out may try again).</summary>
    public int HeldCount => Volatile.Read(ref _heldCount);

    public static HoldingProxy Start(int targetPort, string holdRequestsStartingWith) => new(targetPort, holdRequestsStartingWith);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped while waiting for a connection.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var _ = client;
        using var server = new TcpClient();
        try
        {
            await server.ConnectAsync(IPAddress.Loopback, _targetPort, _stop.Token);
            using var connection = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);

            // Either side closing ends the connection; a held request waits until the proxy stops
            // or its sender gives up.
            await Task.WhenAny(
                UpstreamAsync(client.GetStream(), server.GetStream(), connection.Token),
                DownstreamAsync(server.GetStream(), client.GetStream(), connection.Token));
            await connection.CancelAsync();
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A connection closed by either side, or the proxy stopping: nothing to pass on.
        }
    }

    private async Task UpstreamAsync(NetworkStream from, NetworkStream to, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0)
            {
                // A client sends its next request only after the previous answer (no pipelining),
                // so a request line to hold starts a read, or follows the end of the previous body.
                var at = buffer.AsSpan(0, read).IndexOf(_hold);
                if (at >= 0)
                {
                    await to.WriteAsync(buffer.AsMemory(0, at), cancellationToken);
                    Interlocked.Increment(ref _heldCount);
                    _held.TrySetResult();
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }

                await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Closed by the sender, or the proxy stopping.
        }
    }

    private static async Task DownstreamAsync(NetworkStream from, NetworkStream to, CancellationToken cancellationToken)
    {
        try
        {
            await from.CopyToAsync(to, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Closed by the server, or the proxy stopping.
        }
    }
}
