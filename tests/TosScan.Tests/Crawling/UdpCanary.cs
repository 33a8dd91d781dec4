using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace TosScan.Tests.Crawling;

/// <summary>A UDP socket on 127.0.0.1 that records every datagram (STUN, TURN, QUIC) sent to it.</summary>
internal sealed class UdpCanary : IAsyncDisposable
{
    private readonly UdpClient _socket = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<int> _datagrams = new();
    private readonly Task _loop;

    private UdpCanary() => _loop = ReceiveLoopAsync();

    public int Port => ((IPEndPoint)_socket.Client.LocalEndPoint!).Port;

    /// <summary>The length of each datagram received.</summary>
    public IReadOnlyList<int> Datagrams => [.. _datagrams];

    public static UdpCanary Start() => new();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Dispose();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }

        _stop.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var received = await _socket.ReceiveAsync(_stop.Token);
            _datagrams.Enqueue(received.Buffer.Length);
        }
    }
}
