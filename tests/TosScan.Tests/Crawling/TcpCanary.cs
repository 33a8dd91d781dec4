using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TosScan.Tests.Crawling;

/// <summary>
/// A bare TCP listener on 127.0.0.1 that records every connection it accepts (when, and the first
/// bytes sent) and then drops it without answering. It is a host that drops connections, and a
/// canary that proves nobody connected. Optionally it answers /robots.txt with a keep-alive 404
/// first, so the dropped request is the second one on a pooled connection.
/// </summary>
internal sealed class TcpCanary : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<(TimeSpan At, string FirstBytes)> _connections = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Task _loop;

    private readonly bool _answerRobots;

    private TcpCanary(IPAddress address, bool answerRobots)
    {
        _answerRobots = answerRobots;
        _listener = new TcpListener(address, 0);
        _listener.Start();
        _loop = AcceptLoopAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public IReadOnlyList<(TimeSpan At, string FirstBytes)> Connections => [.. _connections];

    public static TcpCanary Start(IPAddress? address = null, bool answerRobots = false) => new(address ?? IPAddress.Loopback, answerRobots);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var at = _clock.Elapsed;
            _ = DropAsync(socket, at);
        }
    }

    private async Task DropAsync(Socket socket, TimeSpan at)
    {
        var first = string.Empty;
        try
        {
            // Read what the client sends (a request), answer robots.txt if asked to, and hang up
            // on anything else without a word.
            var buffer = new byte[4096];
            while (true)
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                timeout.CancelAfter(TimeSpan.FromMilliseconds(_answerRobots ? 5000 : 500));
                var read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
                var request = System.Text.Encoding.Latin1.GetString(buffer, 0, read);
                first = first.Length == 0 ? request : first;
                if (!(_answerRobots && request.StartsWith("GET /robots.txt ", StringComparison.Ordinal)))
                {
                    break;
                }

                await socket.SendAsync("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n"u8.ToArray(), SocketFlags.None);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException)
        {
        }
        finally
        {
            _connections.Enqueue((at, first));
            // A plain close (FIN), not a reset: a response that ends before it began is what makes
            // an HTTP stack try the request again on a new connection.
            socket.Dispose();
        }
    }
}
