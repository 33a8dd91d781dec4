using System.Net;

namespace TosScan.Crawling.Safety;

/// <summary>A connection refused because the host resolved only to non-public addresses.</summary>
internal sealed class AddressRefusedException : IOException
{
    public AddressRefusedException(string host, IPAddress address)
        : base(IPAddress.TryParse(host, out _)
            ? $"refused: {address} is a private, loopback or link-local address; pass --allow-private-addresses to crawl it"
            : $"refused: {host} resolves to {address}, a private, loopback or link-local address; pass --allow-private-addresses to crawl it")
    {
        Host = host;
        Address = address;
    }

    public AddressRefusedException() { Host = string.Empty; Address = IPAddress.None; }

    public AddressRefusedException(string message) : base(message) { Host = string.Empty; Address = IPAddress.None; }

    public AddressRefusedException(string message, Exception innerException) : base(message, innerException) { Host = string.Empty; Address = IPAddress.None; }

    public string Host { get; }

    public IPAddress Address { get; }
}
