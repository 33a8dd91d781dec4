using System.Net;
using System.Net.Sockets;
using TosScan.Crawling.Politeness;

namespace TosScan.Crawling.Safety;

/// <summary>
/// The HTTP handler's connect step: resolves the host itself, refuses non-public addresses, and
/// connects to exactly the addresses it checked, so a DNS answer cannot change between the check
/// and the connection (DNS rebinding). Runs for every connection, hence for every redirect hop,
/// and opens at most one per polite attempt (<see cref="OneConnectionPerAttempt"/>).
/// </summary>
internal sealed class SafeConnector(bool allowPrivateAddresses)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        OneConnectionPerAttempt.Claim(context.InitialRequestMessage);
        var endPoint = context.DnsEndPoint;
        var addresses = IPAddress.TryParse(endPoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new IOException($"{endPoint.Host} has no address");
        }

        var allowed = allowPrivateAddresses ? addresses : [.. addresses.Where(AddressPolicy.IsPublic)];
        if (allowed.Length == 0)
        {
            throw new AddressRefusedException(endPoint.Host, addresses[0]);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
