using System.Net;
using System.Net.Sockets;

namespace TosScan.Crawling.Safety;

/// <summary>
/// Which IP addresses a crawler may connect to. A crawler that follows links and redirects from
/// untrusted pages must never be steered into the machine's own network (SSRF), so loopback,
/// private, link-local, carrier-grade NAT, multicast and reserved ranges are refused unless the
/// user explicitly allows them. IPv6 forms that carry an IPv4 address (mapped, compatible,
/// translated, NAT64, 6to4, Teredo) are judged by the IPv4 address inside them: a stack or a
/// gateway may deliver them to that IPv4 address.
/// </summary>
internal static class AddressPolicy
{
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return IsPublicV4(address);
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        Span<byte> b = stackalloc byte[16];
        address.TryWriteBytes(b, out _);
        if (EmbeddedV4(b) is { } embedded)
        {
            return IsPublicV4(embedded);
        }

        return !(IPAddress.IsLoopback(address)
            || address.IsIPv6LinkLocal
            || address.IsIPv6SiteLocal
            || address.IsIPv6Multicast
            || (b[0] & 0xFE) == 0xFC // unique local fc00::/7
            || (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4] == 0x00 && b[5] == 0x01)); // NAT64 local use 64:ff9b:1::/48: the site's own translator
    }

    /// <summary>The IPv4 address an IPv6 address carries, by the form that puts it there; null for a plain IPv6 address.</summary>
    private static IPAddress? EmbeddedV4(ReadOnlySpan<byte> b)
    {
        // ::a.b.c.d (IPv4-compatible; also :: and ::1, which map to 0.0.0.0/8 and are refused with it)
        // and ::ffff:a.b.c.d (IPv4-mapped).
        if (b[..10].IndexOfAnyExcept((byte)0) < 0 && ((b[10] == 0 && b[11] == 0) || (b[10] == 0xFF && b[11] == 0xFF)))
        {
            return new IPAddress(b[12..16]);
        }

        // ::ffff:0:a.b.c.d (IPv4-translated, RFC 2765).
        if (b[..8].IndexOfAnyExcept((byte)0) < 0 && b[8] == 0xFF && b[9] == 0xFF && b[10] == 0 && b[11] == 0)
        {
            return new IPAddress(b[12..16]);
        }

        // 64:ff9b::a.b.c.d (NAT64 well-known prefix, RFC 6052).
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4..12].IndexOfAnyExcept((byte)0) < 0)
        {
            return new IPAddress(b[12..16]);
        }

        // 2002:a.b.c.d::/48 (6to4, RFC 3056).
        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return new IPAddress(b[2..6]);
        }

        // 2001:0::/32 (Teredo, RFC 4380): the client's address, bits inverted, in the last 32 bits.
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0)
        {
            Span<byte> client = [(byte)~b[12], (byte)~b[13], (byte)~b[14], (byte)~b[15]];
            return new IPAddress(client);
        }

        return null;
    }

    private static bool IsPublicV4(IPAddress address)
    {
        Span<byte> b = stackalloc byte[4];
        address.TryWriteBytes(b, out _);
        return !(b[0] == 0 // "this" network
            || b[0] == 10
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127) // carrier-grade NAT
            || b[0] == 127
            || (b[0] == 169 && b[1] == 254) // link-local
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 0 && b[2] == 0) // IETF protocol assignments
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 198 && (b[1] == 18 || b[1] == 19)) // benchmarking
            || b[0] >= 224); // multicast, reserved, broadcast
    }
}
