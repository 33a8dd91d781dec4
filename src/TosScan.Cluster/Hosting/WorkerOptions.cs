using System.Net;

namespace TosScan.Cluster.Hosting;

/// <summary>How a worker (an Orleans silo) joins the cluster. Validate once with <see cref="Validate"/>.</summary>
public sealed class WorkerOptions
{
    /// <summary>PostgreSQL connection string for membership, reminders and the scan ledger. Required.</summary>
    public required string ClusterConnection { get; init; }

    /// <summary>
    /// The address other workers and clients reach this worker at. Default: this machine's
    /// first IPv4 address as Orleans finds it; give 127.0.0.1 for a cluster on one machine.
    /// </summary>
    public IPAddress? Address { get; init; }

    /// <summary>Port for silo-to-silo traffic. Default 0: a free port, so several workers can share a machine.</summary>
    public int SiloPort { get; init; }

    /// <summary>Port clients connect to. Default 0: a free port.</summary>
    public int GatewayPort { get; init; }

    /// <summary>
    /// How long a worker that stops answering probes has before the others declare it dead and
    /// its providers move: roughly twice this. Default 2 s; range 0.5-60 s. Shorter moves work
    /// sooner after a crash; longer tolerates slower networks and long pauses.
    /// </summary>
    public TimeSpan ProbeTimeout { get; init; } = TimeSpan.FromSeconds(2);

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ClusterConnection))
        {
            throw new ArgumentException("WorkerOptions.ClusterConnection (--cluster) is required.", nameof(ClusterConnection));
        }

        if (SiloPort is < 0 or > 65535 || GatewayPort is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(SiloPort), "ports must be between 0 (a free one) and 65535.");
        }

        if (ProbeTimeout < TimeSpan.FromMilliseconds(500) || ProbeTimeout > TimeSpan.FromSeconds(60))
        {
            throw new ArgumentOutOfRangeException(nameof(ProbeTimeout), ProbeTimeout, "ProbeTimeout must be between 0.5 and 60 seconds.");
        }
    }
}
