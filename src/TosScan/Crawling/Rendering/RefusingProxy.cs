using System.Net;
using System.Net.Sockets;

namespace TosScan.Crawling.Rendering;

/// <summary>
/// The only proxy the browser is given, on 127.0.0.1, and it refuses everything: each connection
/// is answered "403 Forbidden" and closed without a byte going further. Every request a page
/// makes that the renderer may allow is answered by the renderer itself (through the crawler's
/// polite loader); what escapes that — WebSockets, preconnects, popups, workers, WebRTC's TURN
/// over TCP — goes to the proxy and ends here. Together with WebRTC's non-proxied UDP turned
/// off, the browser can reach nothing on its own.
/// </summary>
internal sealed class RefusingProxy : IAsyncDisposable
{
    private static readonly byte[] Forbidden = "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray();

    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _refused;

    private RefusingProxy()
    {
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _loop = AcceptLoopAsync();
    }

    /// <summary>The value for Chromium's <c>--proxy-server</c>.</summary>
    public string Address => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Connections refused so far (each one something a page tried to reach by itself).</summary>
    public int Refused => Volatile.Read(ref _refused);

    public static RefusingProxy Start() => new();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref _refused);
            _ = RefuseAsync(socket);
        }
    }

    private static async Task RefuseAsync(Socket socket)
    {
        using (socket)
        {
            try
            {
                // The request is not read: whatever it asks for, the answer is the same.
                await socket.SendAsync(Forbidden, SocketFlags.None).ConfigureAwait(false);
                socket.Shutdown(SocketShutdown.Both);
            }
            catch (SocketException)
            {
                // The browser gave up first.
            }
        }
    }
}
